// Recursion: reverse the rest of the list with the current node appended to
// the end of the already-reversed prefix. The accumulator makes it a tail
// call in spirit; with at most 5000 nodes the depth is fine either way.
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        Self::reverse_onto(head, None)
    }

    fn reverse_onto(list: Option<Box<ListNode>>, done: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        match list {
            None => done,
            Some(mut node) => {
                let rest = node.next.take();
                node.next = done;
                Self::reverse_onto(rest, Some(node))
            }
        }
    }
}
