use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        // A left-to-right pre-order walk meets the nodes of each depth from
        // left to right, so the last value written for a depth is the
        // rightmost one.
        let mut by_depth: Vec<i32> = Vec::new();
        let mut stack = vec![(root, 0usize)];
        while let Some((slot, depth)) = stack.pop() {
            let Some(node) = slot else { continue };
            let n = node.borrow();
            if depth == by_depth.len() {
                by_depth.push(n.val);
            } else {
                by_depth[depth] = n.val;
            }
            // Right is pushed first so that left is visited first.
            stack.push((n.right.clone(), depth + 1));
            stack.push((n.left.clone(), depth + 1));
        }
        by_depth
    }
}
