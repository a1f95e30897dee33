use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Mistake: the running maximum starts at 0, as if values were never
        // negative; a root (or path) of negative values is then not counted.
        Self::count(&root, 0)
    }

    fn count(node: &Option<Rc<RefCell<TreeNode>>>, above: i32) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        let good = (n.val >= above) as i32;
        let above = above.max(n.val);
        good + Self::count(&n.left, above) + Self::count(&n.right, above)
    }
}
