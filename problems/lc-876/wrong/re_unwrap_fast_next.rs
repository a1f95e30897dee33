// Moves the fast pointer two nodes at a time and unwraps the first hop: fine
// on even lengths, but on an odd length the fast pointer lands on the last
// node, which has no next node, and the unwrap panics.
impl Solution {
    pub fn middle_node(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut slow = &head;
        let mut fast = &head;
        while let Some(node) = fast {
            fast = &node.next.as_ref().unwrap().next;
            slow = &slow.as_ref().unwrap().next;
        }
        slow.clone()
    }
}
