use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn detect_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> Option<Rc<RefCell<RcListNode>>> {
        // Mistake: remembers the first node seen with each value and answers
        // with it when a value comes round again. That is the cycle's start
        // only if all values are distinct; they need not be.
        let mut first_with: HashMap<i32, Rc<RefCell<RcListNode>>> = HashMap::new();
        let mut cur = head;
        while let Some(node) = cur {
            let val = node.borrow().val;
            if let Some(earlier) = first_with.get(&val) {
                return Some(earlier.clone());
            }
            first_with.insert(val, node.clone());
            cur = node.borrow().next.clone();
        }
        None
    }
}
