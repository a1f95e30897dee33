use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> bool {
        // Mistake: remembers the values seen instead of the nodes. Values
        // may repeat, so an acyclic list with a duplicate looks cyclic.
        let mut seen = HashSet::new();
        let mut cur = head;
        while let Some(node) = cur {
            if !seen.insert(node.borrow().val) {
                return true;
            }
            cur = node.borrow().next.clone();
        }
        false
    }
}
