// Brent's algorithm: the hare walks ahead one step at a time, and the
// tortoise teleports to the hare each time the step count reaches a power
// of two. In a cycle the hare eventually meets the parked tortoise.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> bool {
        let Some(start) = head else { return false };
        let mut tortoise = Rc::clone(&start);
        let mut hare = match start.borrow().next.clone() {
            Some(n) => n,
            None => return false,
        };
        let (mut power, mut steps) = (1usize, 1usize);
        while !Rc::ptr_eq(&tortoise, &hare) {
            if steps == power {
                tortoise = Rc::clone(&hare);
                power *= 2;
                steps = 0;
            }
            let next = hare.borrow().next.clone();
            match next {
                Some(n) => hare = n,
                None => return false,
            }
            steps += 1;
        }
        true
    }
}
