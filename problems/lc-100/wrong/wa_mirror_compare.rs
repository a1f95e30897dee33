use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        match (p, q) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                // Mistake (mixed up with the symmetric-tree check): the left
                // subtree of one tree is compared with the right subtree of
                // the other, which tests for mirror images instead.
                a.val == b.val
                    && Self::is_same_tree(a.left.clone(), b.right.clone())
                    && Self::is_same_tree(a.right.clone(), b.left.clone())
            }
            _ => false,
        }
    }
}
