use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    /// The first node the walk from the head visits twice is where the
    /// cycle begins.
    pub fn detect_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> Option<Rc<RefCell<RcListNode>>> {
        let mut seen = HashSet::new();
        let mut cur = head;
        while let Some(node) = cur {
            if !seen.insert(Rc::as_ptr(&node)) {
                return Some(node);
            }
            cur = node.borrow().next.clone();
        }
        None
    }
}
