// Floyd's race finds a node in the cycle; one lap from there puts every
// cycle node's address in a HashSet, and the first node from the head that
// is in the set is the cycle's start.
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    pub fn detect_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> Option<Rc<RefCell<RcListNode>>> {
        let next = |n: &Rc<RefCell<RcListNode>>| n.borrow().next.clone();
        let mut slow = head.clone()?;
        let mut fast = head.clone()?;
        loop {
            fast = next(&fast).and_then(|f| next(&f))?;
            slow = next(&slow).unwrap();
            if Rc::ptr_eq(&slow, &fast) {
                break;
            }
        }
        let mut in_cycle = HashSet::new();
        let mut cur = slow.clone();
        loop {
            in_cycle.insert(Rc::as_ptr(&cur));
            cur = next(&cur).unwrap();
            if Rc::ptr_eq(&cur, &slow) {
                break;
            }
        }
        let mut cur = head.unwrap();
        while !in_cycle.contains(&Rc::as_ptr(&cur)) {
            cur = next(&cur).unwrap();
        }
        Some(cur)
    }
}
