// Walks len - n steps from the head instead of from a node in front of it,
// so it stops on the node to remove and unlinks its successor instead (n = 1
// removes nothing).
impl Solution {
    pub fn remove_nth_from_end(mut head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        let mut len = 0;
        let mut cur = head.as_deref();
        while let Some(node) = cur {
            len += 1;
            cur = node.next.as_deref();
        }
        if len == n {
            return head.and_then(|node| node.next);
        }
        let mut node = head.as_mut().unwrap();
        for _ in 0..len - n {
            node = node.next.as_mut().unwrap();
        }
        if let Some(removed) = node.next.take() {
            node.next = removed.next;
        }
        head
    }
}
