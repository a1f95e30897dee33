impl Solution {
    pub fn middle_node(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        // The fast pointer moves two nodes for each step of the slow one; it
        // only needs to look, so a shared reference will do. Count the steps.
        let mut fast = head.as_deref();
        let mut steps = 0;
        while let Some(second) = fast.and_then(|node| node.next.as_deref()) {
            fast = second.next.as_deref();
            steps += 1;
        }
        // The slow pointer owns the list: walking it forward drops the
        // first half and leaves the middle node as the head.
        let mut slow = head;
        for _ in 0..steps {
            slow = slow.and_then(|node| node.next);
        }
        slow
    }
}
