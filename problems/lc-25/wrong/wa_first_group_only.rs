// Reverses the first k nodes and links the rest on unchanged: the loop over
// the groups is missing.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let mut rest = head;
        let mut reversed: Option<Box<ListNode>> = None;
        for _ in 0..k {
            let mut node = rest.unwrap();
            rest = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }
        let mut link = &mut reversed;
        while link.is_some() {
            link = &mut link.as_mut().unwrap().next;
        }
        *link = rest;
        reversed
    }
}
