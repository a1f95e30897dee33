use std::cell::RefCell;
use std::rc::Rc;

type Link = Option<Rc<RefCell<RcListNode>>>;

impl Solution {
    pub fn detect_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> Option<Rc<RefCell<RcListNode>>> {
        let mut slow = head.clone();
        let mut fast = head;
        loop {
            fast = step(&step(&fast));
            slow = step(&slow);
            fast.as_ref()?;
            if let (Some(s), Some(f)) = (&slow, &fast) {
                if Rc::ptr_eq(s, f) {
                    // Mistake: the pointers meet somewhere inside the cycle,
                    // not necessarily where it begins; the second phase
                    // (one pointer back to the head) is missing.
                    return slow;
                }
            }
        }
    }
}

fn step(node: &Link) -> Link {
    node.as_ref().and_then(|n| n.borrow().next.clone())
}
