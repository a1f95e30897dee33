// The first node whose address is already in the ordered set of visited
// addresses is where the cycle begins. O(n log n).
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

impl Solution {
    pub fn detect_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> Option<Rc<RefCell<RcListNode>>> {
        let mut visited: BTreeSet<*const RefCell<RcListNode>> = BTreeSet::new();
        let mut cur = head;
        while let Some(node) = cur {
            if !visited.insert(Rc::as_ptr(&node)) {
                return Some(node);
            }
            cur = node.borrow().next.clone();
        }
        None
    }
}
