// Brent's algorithm gives the cycle's length L; then one pointer starts L
// nodes ahead of another at the head, and they meet at the cycle's start.
use std::cell::RefCell;
use std::rc::Rc;

type NodeRc = Rc<RefCell<RcListNode>>;

impl Solution {
    pub fn detect_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> Option<Rc<RefCell<RcListNode>>> {
        fn next(n: &NodeRc) -> Option<NodeRc> {
            n.borrow().next.clone()
        }
        let start = head?;
        let mut tortoise = start.clone();
        let mut hare = next(&start)?;
        let (mut power, mut length) = (1usize, 1usize);
        while !Rc::ptr_eq(&tortoise, &hare) {
            if power == length {
                tortoise = hare.clone();
                power *= 2;
                length = 0;
            }
            hare = next(&hare)?;
            length += 1;
        }
        let mut ahead = start.clone();
        for _ in 0..length {
            ahead = next(&ahead).unwrap();
        }
        let mut behind = start;
        while !Rc::ptr_eq(&ahead, &behind) {
            ahead = next(&ahead).unwrap();
            behind = next(&behind).unwrap();
        }
        Some(behind)
    }
}
