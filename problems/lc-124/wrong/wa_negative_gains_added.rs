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
        // Mistake: the children's gains are always added, even when they are
        // negative; a path should simply stop instead of taking a loss.
        let left = Self::gain(&n.left, best);
        let right = Self::gain(&n.right, best);
        *best = (*best).max(n.val + left + right);
        n.val + left.max(right)
    }
}
