// The list has at most 10^4 nodes, so a list without a cycle ends within
// 10^4 steps; still having a node after 10^4 + 1 steps means a cycle.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> bool {
        let mut cur = head;
        for _ in 0..=10_000 {
            match cur {
                None => return false,
                Some(node) => cur = node.borrow().next.clone(),
            }
        }
        true
    }
}
