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
        *best = (*best).max(left + right);
        // Mistake: the taller side's height is computed again instead of
        // reusing `left` or `right`. Every level doubles the work along the
        // taller side: exponential on a long path.
        if left >= right {
            1 + Self::height(&n.left, best)
        } else {
            1 + Self::height(&n.right, best)
        }
    }
}
