// Walks to the last node, detaches it and splices it in after the current
// front node, once for every front node: O(n^2) steps, about 6 * 10^8 at
// 5 * 10^4 nodes.
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut cur = head.as_mut();
        while let Some(node) = cur {
            // Need at least two nodes after `node` for a move to change anything.
            if node.next.as_ref().map_or(true, |n| n.next.is_none()) {
                break;
            }
            let mut link = &mut node.next;
            while link.as_ref().unwrap().next.is_some() {
                link = &mut link.as_mut().unwrap().next;
            }
            let mut last = link.take().unwrap();
            last.next = node.next.take();
            node.next = Some(last);
            cur = node.next.as_mut().unwrap().next.as_mut();
        }
    }
}
