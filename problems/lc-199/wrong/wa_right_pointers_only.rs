use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        // Mistake: walks down the right children only. Where the right side
        // ends, deeper nodes in a left subtree are still visible.
        let mut seen = Vec::new();
        let mut cur = root;
        while let Some(node) = cur {
            seen.push(node.borrow().val);
            cur = node.borrow().right.clone();
        }
        seen
    }
}
