use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        if let Some(node) = &root {
            let n = node.borrow();
            let left = Self::invert_tree(n.left.clone());
            let right = Self::invert_tree(n.right.clone());
            // Mistake: `n` (a shared borrow of the node) is still alive here,
            // so borrowing the same RefCell mutably panics with
            // "already borrowed" on the first node.
            let mut m = node.borrow_mut();
            m.left = right;
            m.right = left;
        }
        root
    }
}
