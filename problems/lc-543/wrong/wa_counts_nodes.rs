use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = 0;
        Self::height(&root, &mut best);
        best
    }

    fn height(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        let left = Self::height(&n.left, best);
        let right = Self::height(&n.right, best);
        // Mistake: the path's length is taken as the number of nodes on it
        // (both arms plus the turning node), not the number of edges.
        *best = (*best).max(left + right + 1);
        1 + left.max(right)
    }
}
