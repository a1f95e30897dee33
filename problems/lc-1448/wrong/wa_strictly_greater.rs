use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let Some(r) = &root else { return 0 };
        let n = r.borrow();
        // The root is always good; below it, ...
        1 + Self::count(&n.left, n.val) + Self::count(&n.right, n.val)
    }

    fn count(node: &Option<Rc<RefCell<TreeNode>>>, above: i32) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        // Mistake: ... a node must beat the maximum above it, but a node
        // equal to that maximum is good too.
        let good = (n.val > above) as i32;
        let above = above.max(n.val);
        good + Self::count(&n.left, above) + Self::count(&n.right, above)
    }
}
