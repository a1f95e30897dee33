use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // TreeNode derives PartialEq, and Option, Rc and RefCell all compare
        // what they hold, so == is already a deep, structural comparison.
        p == q
    }
}
