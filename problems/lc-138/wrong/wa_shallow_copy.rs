use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(
        head: Option<Rc<RefCell<RandomListNode>>>,
    ) -> Option<Rc<RefCell<RandomListNode>>> {
        // Mistake: a new node for the head only; its `next` and `random` are
        // the original's handles, so from the second node on the copy is the
        // original list.
        let head = head?;
        let h = head.borrow();
        Some(Rc::new(RefCell::new(RandomListNode {
            val: h.val,
            next: h.next.clone(),
            random: h.random.clone(),
        })))
    }
}
