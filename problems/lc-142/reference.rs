use std::cell::RefCell;
use std::rc::Rc;

type Link = Option<Rc<RefCell<RcListNode>>>;

impl Solution {
    /// Floyd's cycle detection: O(n) time, O(1) extra memory.
    pub fn detect_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> Option<Rc<RefCell<RcListNode>>> {
        // Phase 1: the hare (two steps) and the tortoise (one step) meet
        // somewhere in the cycle, or the hare runs off the end.
        let mut slow = head.clone();
        let mut fast = head.clone();
        loop {
            fast = Self::step(&Self::step(&fast));
            slow = Self::step(&slow);
            fast.as_ref()?;
            if Self::same(&slow, &fast) {
                break;
            }
        }
        // Phase 2: with a = distance from the head to the cycle's start, the
        // meeting point is a steps (modulo the cycle length) before the start.
        let mut from_head = head;
        while !Self::same(&from_head, &slow) {
            from_head = Self::step(&from_head);
            slow = Self::step(&slow);
        }
        from_head
    }

    fn step(node: &Link) -> Link {
        node.as_ref().and_then(|n| n.borrow().next.clone())
    }

    fn same(a: &Link, b: &Link) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}
