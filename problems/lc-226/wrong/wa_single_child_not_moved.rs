use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        if let Some(node) = &root {
            let mut n = node.borrow_mut();
            // Mistake: the swap is written for a node with two children; a
            // node with a single child inverts it but leaves it on the same
            // side instead of moving it across.
            match (n.left.take(), n.right.take()) {
                (Some(l), Some(r)) => {
                    n.left = Self::invert_tree(Some(r));
                    n.right = Self::invert_tree(Some(l));
                }
                (l, r) => {
                    n.left = Self::invert_tree(l);
                    n.right = Self::invert_tree(r);
                }
            }
        }
        root
    }
}
