// Iterative depth-first search: a stack of (node, depth) pairs.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = 0;
        let mut stack = vec![(root, 1)];
        while let Some((node, depth)) = stack.pop() {
            if let Some(n) = node {
                best = best.max(depth);
                let n = n.borrow();
                stack.push((n.left.clone(), depth + 1));
                stack.push((n.right.clone(), depth + 1));
            }
        }
        best
    }
}
