use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let Some(node) = root else { return 0 };
        let node = node.borrow();
        let (left, right) = (node.left.clone(), node.right.clone());
        // Mistake: both depths are computed to compare them, and then the
        // deeper side is computed a second time instead of reusing the
        // result. Each level doubles the work along the deeper side, which
        // is exponential on a long chain.
        if Self::max_depth(left.clone()) >= Self::max_depth(right.clone()) {
            1 + Self::max_depth(left)
        } else {
            1 + Self::max_depth(right)
        }
    }
}
