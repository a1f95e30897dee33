// Two passes: count the nodes, then move the owned head forward len / 2
// times, dropping the first half.
impl Solution {
    pub fn middle_node(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut len = 0;
        let mut cur = head.as_ref();
        while let Some(node) = cur {
            len += 1;
            cur = node.next.as_ref();
        }
        let mut head = head;
        for _ in 0..len / 2 {
            head = head.unwrap().next;
        }
        head
    }
}
