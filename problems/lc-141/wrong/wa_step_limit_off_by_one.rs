use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> bool {
        // Mistake: "a list has at most 10^4 nodes, so if 10^4 steps do not
        // reach the end there must be a cycle". The idea can work, but the
        // budget is one step short: on an acyclic list of exactly 10^4 nodes
        // the last step lands on the end after the loop has stopped looking.
        let mut cur = head;
        for _ in 0..10_000 {
            match cur {
                None => return false,
                Some(node) => cur = node.borrow().next.clone(),
            }
        }
        true
    }
}
