// Copies the values out, writes down the new order of the values (front,
// back, front, back, ...), and replaces the list with a new one built from
// them.
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut values = Vec::new();
        let mut cur = head.as_deref();
        while let Some(node) = cur {
            values.push(node.val);
            cur = node.next.as_deref();
        }
        let n = values.len();
        let mut order = Vec::with_capacity(n);
        for k in 0..n {
            order.push(if k % 2 == 0 { values[k / 2] } else { values[n - 1 - k / 2] });
        }
        let mut list = None;
        for &val in order.iter().rev() {
            list = Some(Box::new(ListNode { val, next: list }));
        }
        *head = list;
    }
}
