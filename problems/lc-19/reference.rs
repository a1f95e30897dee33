impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        // Count the nodes.
        let mut len = 0;
        let mut cur = head.as_deref();
        while let Some(node) = cur {
            len += 1;
            cur = node.next.as_deref();
        }
        // The node to remove is number len - n from the front (0-based). A
        // dummy in front of the head gives every node, the head included, a
        // predecessor; walk to it and skip the removed node.
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        let mut before = &mut dummy;
        for _ in 0..len - n {
            before = before.next.as_mut().unwrap();
        }
        let removed = before.next.take().unwrap();
        before.next = removed.next;
        dummy.next
    }
}
