use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        Self::height(&root).is_some()
    }

    /// The height of a balanced subtree, or None as soon as some node in it
    /// is out of balance (which then skips the rest of the walk).
    fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> Option<i32> {
        let Some(node) = node else { return Some(0) };
        let n = node.borrow();
        let left = Self::height(&n.left)?;
        let right = Self::height(&n.right)?;
        if (left - right).abs() > 1 {
            return None;
        }
        Some(1 + left.max(right))
    }
}
