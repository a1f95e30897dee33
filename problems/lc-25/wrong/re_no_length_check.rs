// Reverses k nodes at a time without checking that k nodes are left: on the
// short last group, `unwrap` runs out of nodes and panics.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        let mut tail = &mut dummy;
        while tail.next.is_some() {
            let mut rest = tail.next.take();
            let mut reversed: Option<Box<ListNode>> = None;
            for _ in 0..k {
                let mut node = rest.unwrap();
                rest = node.next.take();
                node.next = reversed;
                reversed = Some(node);
            }
            tail.next = reversed;
            for _ in 0..k {
                tail = tail.next.as_mut().unwrap();
            }
            tail.next = rest;
        }
        dummy.next
    }
}
