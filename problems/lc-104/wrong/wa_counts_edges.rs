use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match root {
            None => 0,
            Some(node) => {
                let node = node.borrow();
                // Mistake: a leaf is given depth 0, so this counts the edges
                // on the longest path instead of the nodes (one too few).
                if node.left.is_none() && node.right.is_none() {
                    return 0;
                }
                1 + Self::max_depth(node.left.clone()).max(Self::max_depth(node.right.clone()))
            }
        }
    }
}
