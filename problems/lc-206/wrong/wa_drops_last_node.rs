// Stops the loop when the current node has no successor, meaning to handle
// the last node after the loop, and then forgets to: the last node (the new
// head) is lost.
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut prev: Option<Box<ListNode>> = None;
        let mut cur = head;
        while let Some(mut node) = cur {
            if node.next.is_none() {
                break;
            }
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        prev
    }
}
