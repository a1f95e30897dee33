// The slowest accepted approach: for every group, walk from the front of the
// list to the group's position again instead of keeping a pointer there, and
// swap nodes one at a time by repeatedly moving the group's next node to the
// group's front. O(n^2 / k) steps: about 12.5 million for n = 5000, k = 1.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let k = k as usize;
        let mut len = 0;
        let mut cur = head.as_ref();
        while let Some(node) = cur {
            len += 1;
            cur = node.next.as_ref();
        }
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        for group in 0..len / k {
            // The node before the group, found from the dummy every time.
            let mut before = &mut dummy;
            for _ in 0..group * k {
                before = before.next.as_mut().unwrap();
            }
            // Move the node after the group's first node to the front, k-1 times.
            let mut first = before.next.take().unwrap();
            for _ in 1..k {
                let mut moved = first.next.take().unwrap();
                first.next = moved.next.take();
                moved.next = before.next.take();
                before.next = Some(moved);
            }
            // Put `first` (now the group's last node, still linked to the
            // rest of the list) back at the end of the k-1 moved nodes.
            let mut link = &mut before.next;
            while link.is_some() {
                link = &mut link.as_mut().unwrap().next;
            }
            *link = Some(first);
        }
        dummy.next
    }
}
