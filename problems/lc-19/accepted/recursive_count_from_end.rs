// Recursion: each call handles the rest of the list first and learns how far
// its node is from the end; the node whose position from the end is n
// returns its successor instead of itself.
impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        Self::walk(head, n).0
    }

    /// The list with the node removed, and the length of the list given.
    fn walk(list: Option<Box<ListNode>>, n: i32) -> (Option<Box<ListNode>>, i32) {
        match list {
            None => (None, 0),
            Some(mut node) => {
                let (rest, len_after) = Self::walk(node.next.take(), n);
                let pos_from_end = len_after + 1;
                if pos_from_end == n {
                    (rest, pos_from_end)
                } else {
                    node.next = rest;
                    (Some(node), pos_from_end)
                }
            }
        }
    }
}
