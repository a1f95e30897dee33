use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = i32::MIN;
        Self::gain(&root, &mut best);
        best
    }

    fn gain(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        let left = Self::gain(&n.left, best).max(0);
        let right = Self::gain(&n.right, best).max(0);
        let through = n.val + left + right;
        *best = (*best).max(through);
        // Mistake: hands the path that uses both children up to the parent.
        // A path that continues upward can only go into one of them.
        through
    }
}
