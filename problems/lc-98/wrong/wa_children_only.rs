use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        match &root {
            None => true,
            Some(node) => {
                let node = node.borrow();
                // Mistake: each node is compared only with its own children.
                // A value deeper down may still be on the wrong side of an
                // ancestor (a 3 in the right subtree of a 5).
                if let Some(left) = &node.left {
                    if left.borrow().val >= node.val {
                        return false;
                    }
                }
                if let Some(right) = &node.right {
                    if right.borrow().val <= node.val {
                        return false;
                    }
                }
                Self::is_valid_bst(node.left.clone()) && Self::is_valid_bst(node.right.clone())
            }
        }
    }
}
