// The reversal loop is right, but it returns `cur` (which is always empty
// when the loop ends) instead of `prev`, the reversed list.
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut prev: Option<Box<ListNode>> = None;
        let mut cur = head;
        while let Some(mut node) = cur.take() {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        cur
    }
}
