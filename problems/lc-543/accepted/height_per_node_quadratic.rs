use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // The slowest approach that still passes: at every node, compute the
        // heights of both subtrees from scratch. Each height is a full walk
        // of the subtree, so a chain of n nodes costs about n^2 / 2 steps.
        match root {
            None => 0,
            Some(node) => {
                let n = node.borrow();
                let through = Self::height(n.left.clone()) + Self::height(n.right.clone());
                let left = Self::diameter_of_binary_tree(n.left.clone());
                let right = Self::diameter_of_binary_tree(n.right.clone());
                through.max(left).max(right)
            }
        }
    }

    fn height(node: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match node {
            None => 0,
            Some(node) => {
                let n = node.borrow();
                1 + Self::height(n.left.clone()).max(Self::height(n.right.clone()))
            }
        }
    }
}
