use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> bool {
        let Some(head) = head else { return false };
        // Mistake: assumes a cycle must lead back to the head. When the tail
        // links to a later node, the walk never sees the head again and
        // never reaches an end either: it goes round forever.
        let mut cur = head.borrow().next.clone();
        while let Some(node) = cur {
            if Rc::ptr_eq(&node, &head) {
                return true;
            }
            cur = node.borrow().next.clone();
        }
        false
    }
}
