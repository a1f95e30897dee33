use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        Self::count(&root, i32::MIN)
    }

    /// Good nodes in this subtree, given the largest value above it.
    fn count(node: &Option<Rc<RefCell<TreeNode>>>, above: i32) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        let good = (n.val >= above) as i32;
        let above = above.max(n.val);
        good + Self::count(&n.left, above) + Self::count(&n.right, above)
    }
}
