use std::cell::RefCell;
use std::rc::Rc;

type Link = Option<Rc<RefCell<RandomListNode>>>;

impl Solution {
    /// The slowest approach LeetCode still accepts: no map and no vector.
    /// Copy the `next` chain; then, for each node, find its random target's
    /// position by walking the original from the head, and walk the copy
    /// that far to find the copy's target. O(n^2) steps (10^6 at n = 1000).
    pub fn copy_random_list(
        head: Option<Rc<RefCell<RandomListNode>>>,
    ) -> Option<Rc<RefCell<RandomListNode>>> {
        let head = head?;
        let copy_head = Rc::new(RefCell::new(RandomListNode::new(head.borrow().val)));
        let (mut cur, mut tail) = (head.borrow().next.clone(), copy_head.clone());
        while let Some(node) = cur {
            let c = Rc::new(RefCell::new(RandomListNode::new(node.borrow().val)));
            tail.borrow_mut().next = Some(c.clone());
            tail = c;
            cur = node.borrow().next.clone();
        }

        let (mut original, mut copy): (Link, Link) = (Some(head.clone()), Some(copy_head.clone()));
        while let (Some(o), Some(c)) = (original, copy) {
            if let Some(target) = o.borrow().random.clone() {
                // Position of the target in the original...
                let mut steps = 0;
                let mut walker = head.clone();
                while !Rc::ptr_eq(&walker, &target) {
                    let next = walker
                        .borrow()
                        .next
                        .clone()
                        .expect("the target is in the list");
                    walker = next;
                    steps += 1;
                }
                // ...and the copy at that position.
                let mut copy_target = copy_head.clone();
                for _ in 0..steps {
                    let next = copy_target
                        .borrow()
                        .next
                        .clone()
                        .expect("as long as the original");
                    copy_target = next;
                }
                c.borrow_mut().random = Some(copy_target);
            }
            original = o.borrow().next.clone();
            copy = c.borrow().next.clone();
        }
        Some(copy_head)
    }
}
