use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let Some(node) = root else { return 0 };
        let node = node.borrow();
        match (&node.left, &node.right) {
            (Some(left), Some(right)) => {
                1 + Self::max_depth(Some(left.clone())).max(Self::max_depth(Some(right.clone())))
            }
            // Mistake: only the leaf and two-children cases were thought
            // through; a node with a single child is treated like a leaf.
            _ => 1,
        }
    }
}
