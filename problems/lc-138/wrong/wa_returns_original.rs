use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(
        head: Option<Rc<RefCell<RandomListNode>>>,
    ) -> Option<Rc<RefCell<RandomListNode>>> {
        // Mistake: cloning the `Rc` copies the handle, not the node. The
        // "copy" is the original list itself.
        head.clone()
    }
}
