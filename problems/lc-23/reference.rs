use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        // The heap holds (value, list index) for the head of every non-empty
        // list; `Reverse` turns the max-heap into a min-heap.
        let mut heap: BinaryHeap<Reverse<(i32, usize)>> = lists
            .iter()
            .enumerate()
            .filter_map(|(i, head)| head.as_ref().map(|node| Reverse((node.val, i))))
            .collect();

        let mut dummy = ListNode::new(0);
        let mut tail = &mut dummy;
        while let Some(Reverse((_, i))) = heap.pop() {
            if let Some(mut node) = lists[i].take() {
                lists[i] = node.next.take();
                if let Some(next) = &lists[i] {
                    heap.push(Reverse((next.val, i)));
                }
                tail = tail.next.insert(node);
            }
        }
        dummy.next
    }
}
