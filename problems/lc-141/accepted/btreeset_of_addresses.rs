// Remembers the address of every node seen in an ordered set: a cycle
// brings the walk back to one. O(n log n).
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> bool {
        let mut seen: BTreeSet<usize> = BTreeSet::new();
        let mut cur = head;
        while let Some(node) = cur {
            if !seen.insert(Rc::as_ptr(&node) as usize) {
                return true;
            }
            cur = node.borrow().next.clone();
        }
        false
    }
}
