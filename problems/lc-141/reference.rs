use std::cell::RefCell;
use std::rc::Rc;

type Link = Option<Rc<RefCell<RcListNode>>>;

impl Solution {
    /// Floyd's tortoise and hare: O(n) time, O(1) extra memory.
    pub fn has_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> bool {
        let mut slow = head.clone();
        let mut fast = head;
        loop {
            fast = Self::step(&Self::step(&fast));
            slow = Self::step(&slow);
            match (&slow, &fast) {
                // The hare ran off the end: the list has one.
                (_, None) => return false,
                // The hare caught up with the tortoise from behind: a cycle.
                (Some(s), Some(f)) if Rc::ptr_eq(s, f) => return true,
                _ => {}
            }
        }
    }

    fn step(node: &Link) -> Link {
        node.as_ref().and_then(|n| n.borrow().next.clone())
    }
}
