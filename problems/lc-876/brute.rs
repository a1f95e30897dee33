// Copies the values into a vector and rebuilds the list from index len / 2.
impl Solution {
    pub fn middle_node(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        let mut cur = &head;
        while let Some(node) = cur {
            values.push(node.val);
            cur = &node.next;
        }
        let mut result = None;
        for &val in values[values.len() / 2..].iter().rev() {
            result = Some(Box::new(ListNode { val, next: result }));
        }
        result
    }
}
