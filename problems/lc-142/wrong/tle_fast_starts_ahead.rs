use std::cell::RefCell;
use std::rc::Rc;

type Link = Option<Rc<RefCell<RcListNode>>>;

impl Solution {
    pub fn detect_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> Option<Rc<RefCell<RcListNode>>> {
        // Mistake: phase 1 copied from a "has cycle" solution that starts the
        // fast pointer one node ahead. The pointers still meet, but one node
        // off from where the distance argument needs them, so in phase 2 the
        // two pointers circle the cycle one node apart and never meet
        // (unless the cycle has length 1).
        let mut slow = head.clone();
        let mut fast = step(&head);
        while !same(&slow, &fast) {
            fast = step(&step(&fast));
            slow = step(&slow);
            fast.as_ref()?;
        }
        let mut from_head = head;
        while !same(&from_head, &slow) {
            from_head = step(&from_head);
            slow = step(&slow);
        }
        from_head
    }
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
