// Stops the fast pointer one node early (it checks two nodes ahead), so on an
// even length the slow pointer ends on the first of the two middle nodes.
impl Solution {
    pub fn middle_node(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut slow = &head;
        let mut fast = &head;
        while fast.as_ref().unwrap().next.is_some()
            && fast.as_ref().unwrap().next.as_ref().unwrap().next.is_some()
        {
            slow = &slow.as_ref().unwrap().next;
            fast = &fast.as_ref().unwrap().next.as_ref().unwrap().next;
        }
        slow.clone()
    }
}
