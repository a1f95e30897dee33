// The slowest accepted approach: every node goes into a VecDeque, and the
// list is rebuilt by popping alternately from the front and the back,
// appending through a tail reference. Linear, with a heavier constant.
use std::collections::VecDeque;

impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut deque: VecDeque<Box<ListNode>> = VecDeque::new();
        let mut cur = head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            deque.push_back(node);
        }
        let mut tail = head;
        let mut from_front = true;
        while let Some(node) = if from_front { deque.pop_front() } else { deque.pop_back() } {
            tail = &mut tail.insert(node).next;
            from_front = !from_front;
        }
    }
}
