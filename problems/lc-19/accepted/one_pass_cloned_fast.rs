// One pass with two pointers n nodes apart. The borrow checker does not let
// a shared "fast" reference live alongside the mutable "slow" one, so the
// fast pointer walks a clone of the list: heavy (a full copy), but accepted.
impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        let copy = dummy.clone();
        let mut fast = copy.as_ref();
        for _ in 0..n {
            fast = fast.next.as_ref().unwrap();
        }
        let mut slow = &mut dummy;
        while let Some(next) = fast.next.as_ref() {
            fast = next;
            slow = slow.next.as_mut().unwrap();
        }
        let removed = slow.next.take().unwrap();
        slow.next = removed.next;
        dummy.next
    }
}
