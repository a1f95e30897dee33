use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        Self::count(&root, i32::MIN)
    }

    fn count(node: &Option<Rc<RefCell<TreeNode>>>, parent: i32) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        // Mistake: a node is compared with its parent only, not with the
        // largest value on its whole path from the root.
        let good = (n.val >= parent) as i32;
        good + Self::count(&n.left, n.val) + Self::count(&n.right, n.val)
    }
}
