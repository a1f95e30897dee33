use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Mistake: i32::MIN and i32::MAX stand for "no bound", but they are
        // legal node values, so a node holding one of them fails the strict
        // comparison even when the tree is valid.
        Self::check(&root, i32::MIN, i32::MAX)
    }

    fn check(node: &Option<Rc<RefCell<TreeNode>>>, low: i32, high: i32) -> bool {
        match node {
            None => true,
            Some(n) => {
                let n = n.borrow();
                if n.val <= low || n.val >= high {
                    return false;
                }
                Self::check(&n.left, low, n.val) && Self::check(&n.right, n.val, high)
            }
        }
    }
}
