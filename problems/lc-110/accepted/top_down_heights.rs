use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // The slowest approach that still passes: check each node from the
        // top down, computing both subtree heights from scratch every time.
        // Heights are recomputed once per ancestor, O(n log n) on balanced
        // trees and up to O(n^2) in general.
        match root {
            None => true,
            Some(node) => {
                let n = node.borrow();
                (Self::height(&n.left) - Self::height(&n.right)).abs() <= 1
                    && Self::is_balanced(n.left.clone())
                    && Self::is_balanced(n.right.clone())
            }
        }
    }

    fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match node {
            None => 0,
            Some(node) => {
                let n = node.borrow();
                1 + Self::height(&n.left).max(Self::height(&n.right))
            }
        }
    }
}
