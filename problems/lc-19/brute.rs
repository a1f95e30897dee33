// Copies the values into a vector, removes the element at index len - n and
// builds a new list.
impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        let mut cur = &head;
        while let Some(node) = cur {
            values.push(node.val);
            cur = &node.next;
        }
        values.remove(values.len() - n as usize);
        let mut result = None;
        for &val in values.iter().rev() {
            result = Some(Box::new(ListNode { val, next: result }));
        }
        result
    }
}
