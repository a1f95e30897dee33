// Copies the values into a vector and builds a new list from them: pushing
// each value on the front of the new list reverses the order.
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        let mut cur = &head;
        while let Some(node) = cur {
            values.push(node.val);
            cur = &node.next;
        }
        let mut result = None;
        for &val in values.iter() {
            result = Some(Box::new(ListNode { val, next: result }));
        }
        result
    }
}
