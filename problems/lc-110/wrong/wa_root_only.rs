use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Mistake: only the root's two subtrees are compared. Equal heights
        // at the root say nothing about the nodes further down.
        let Some(node) = root else { return true };
        let n = node.borrow();
        (Self::height(&n.left) - Self::height(&n.right)).abs() <= 1
    }

    fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        1 + Self::height(&n.left).max(Self::height(&n.right))
    }
}
