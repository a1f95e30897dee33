// Detaches all nodes into a Vec<Box<ListNode>>, reverses each full chunk of
// the vector with slice methods, then relinks the nodes from the back.
// O(n) extra memory instead of O(1), but simple and accepted.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let mut nodes = Vec::new();
        let mut cur = head;
        while let Some(mut node) = cur {
            cur = node.next.take();
            nodes.push(node);
        }
        nodes.chunks_exact_mut(k as usize).for_each(|chunk| chunk.reverse());
        nodes.into_iter().rev().fold(None, |next, mut node| {
            node.next = next;
            Some(node)
        })
    }
}
