use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    /// Remembers every node visited, by address: a cycle revisits one.
    pub fn has_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> bool {
        let mut seen = HashSet::new();
        let mut cur = head;
        while let Some(node) = cur {
            if !seen.insert(Rc::as_ptr(&node)) {
                return true;
            }
            cur = node.borrow().next.clone();
        }
        false
    }
}
