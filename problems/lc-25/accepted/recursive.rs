// Recursion: if the list has at least k nodes, reverse the first k onto the
// result of handling the rest recursively; otherwise return it unchanged.
// Depth n / k, at most 5000.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let mut probe = head.as_ref();
        for _ in 0..k {
            match probe {
                Some(node) => probe = node.next.as_ref(),
                None => return head,
            }
        }
        // Cut the first k nodes off the front.
        let mut head = head;
        let mut group = Vec::with_capacity(k as usize);
        for _ in 0..k {
            let mut node = head.unwrap();
            head = node.next.take();
            group.push(node);
        }
        // Reversing the group means pushing its nodes, first to last, onto
        // the front of the processed rest.
        let mut result = Self::reverse_k_group(head, k);
        for mut node in group {
            node.next = result;
            result = Some(node);
        }
        result
    }
}
