use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = i32::MIN;
        Self::gain(&root, &mut best);
        best
    }

    /// The best sum of a path that starts at `node` and goes down (0 for an
    /// empty tree). Updates `best` with the best path that turns at `node`.
    fn gain(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        // A negative gain is better left out.
        let left = Self::gain(&n.left, best).max(0);
        let right = Self::gain(&n.right, best).max(0);
        *best = (*best).max(n.val + left + right);
        n.val + left.max(right)
    }
}
