use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Mistake: a different definition of "balanced", that all missing
        // children sit at nearly the same depth (shallowest and deepest
        // differ by at most one). Trees balanced node by node can still have
        // a shallow leaf on one side and a much deeper one on the other.
        Self::max_depth(&root) - Self::min_depth(&root) <= 1
    }

    fn max_depth(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        1 + Self::max_depth(&n.left).max(Self::max_depth(&n.right))
    }

    /// The depth of the shallowest empty child slot.
    fn min_depth(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        1 + Self::min_depth(&n.left).min(Self::min_depth(&n.right))
    }
}
