use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    pub fn detect_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> Option<Rc<RefCell<RcListNode>>> {
        let mut seen = HashSet::new();
        let mut cur = head;
        while let Some(node) = cur {
            if !seen.insert(Rc::as_ptr(&node)) {
                // Mistake: finds the right node but answers with a new node
                // carrying its value. The question asks for the node itself.
                let val = node.borrow().val;
                return Some(Rc::new(RefCell::new(RcListNode::new(val))));
            }
            cur = node.borrow().next.clone();
        }
        None
    }
}
