use std::collections::BinaryHeap;

impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        // Mistake: Rust's BinaryHeap is a max-heap, and nothing reverses the
        // order, so the largest head is taken first instead of the smallest.
        let mut heap = BinaryHeap::new();
        for (i, head) in lists.iter().enumerate() {
            if let Some(node) = head {
                heap.push((node.val, i));
            }
        }

        let mut dummy = ListNode::new(0);
        let mut tail = &mut dummy;
        while let Some((_, i)) = heap.pop() {
            if let Some(mut node) = lists[i].take() {
                lists[i] = node.next.take();
                if let Some(next) = &lists[i] {
                    heap.push((next.val, i));
                }
                tail = tail.next.insert(node);
            }
        }
        dummy.next
    }
}
