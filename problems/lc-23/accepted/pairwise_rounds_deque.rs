// Divide and conquer without recursion: a queue of lists, from which the
// two at the front are merged and the result goes to the back, until one
// list is left. Every node takes part in about log k merges.
use std::collections::VecDeque;

impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut queue: VecDeque<Option<Box<ListNode>>> = lists.into_iter().filter(|l| l.is_some()).collect();
        while queue.len() > 1 {
            let a = queue.pop_front().unwrap();
            let b = queue.pop_front().unwrap();
            queue.push_back(Self::merge(a, b));
        }
        queue.pop_front().flatten()
    }

    fn merge(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while a.is_some() && b.is_some() {
            let from = if a.as_ref().unwrap().val <= b.as_ref().unwrap().val { &mut a } else { &mut b };
            let mut node = from.take().unwrap();
            *from = node.next.take();
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = if a.is_some() { a } else { b };
        dummy.next
    }
}
