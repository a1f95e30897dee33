// Misreads the task and removes the n-th node counted from the front.
impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        let mut before = &mut dummy;
        for _ in 1..n {
            before = before.next.as_mut().unwrap();
        }
        let removed = before.next.take().unwrap();
        before.next = removed.next;
        dummy.next
    }
}
