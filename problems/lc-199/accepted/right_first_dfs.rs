use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut seen = Vec::new();
        Self::visit(&root, 0, &mut seen);
        seen
    }

    /// Right child first: the first node reached at each depth is the
    /// rightmost one there.
    fn visit(node: &Option<Rc<RefCell<TreeNode>>>, depth: usize, seen: &mut Vec<i32>) {
        if let Some(node) = node {
            let n = node.borrow();
            if depth == seen.len() {
                seen.push(n.val);
            }
            Self::visit(&n.right, depth + 1, seen);
            Self::visit(&n.left, depth + 1, seen);
        }
    }
}
