use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        Self::height(&root) != -1
    }

    /// The height, or -1 if the subtree is not balanced.
    fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        // Mistake: the children's heights are not stored in variables, so
        // every use calls the recursion again: three calls per child, six
        // per node, and 6^h calls on a balanced tree of height h.
        if Self::height(&n.left) == -1
            || Self::height(&n.right) == -1
            || (Self::height(&n.left) - Self::height(&n.right)).abs() > 1
        {
            return -1;
        }
        1 + Self::height(&n.left).max(Self::height(&n.right))
    }
}
