use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = 0;
        Self::height(&root, &mut best);
        best
    }

    /// The number of nodes on the longest downward path from `node`. On the
    /// way, the longest path that turns at each node (left height + right
    /// height edges) is compared with `best`.
    fn height(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        let left = Self::height(&n.left, best);
        let right = Self::height(&n.right, best);
        *best = (*best).max(left + right);
        1 + left.max(right)
    }
}
