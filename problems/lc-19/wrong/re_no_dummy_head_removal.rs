// No dummy node: walks from the head to the node before the one to remove,
// len - n - 1 steps. When the head itself must go (n == len), the usize
// subtraction wraps around (release build) and the walk runs off the end of the list.
impl Solution {
    pub fn remove_nth_from_end(mut head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        let mut len = 0usize;
        let mut cur = head.as_deref();
        while let Some(node) = cur {
            len += 1;
            cur = node.next.as_deref();
        }
        let steps = len - n as usize - 1;
        let mut before = head.as_mut().unwrap();
        for _ in 0..steps {
            before = before.next.as_mut().unwrap();
        }
        let removed = before.next.take().unwrap();
        before.next = removed.next;
        head
    }
}
