// Records the depth of every leaf in a Vec during a recursive walk, then
// takes the largest.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        fn walk(node: Option<Rc<RefCell<TreeNode>>>, depth: i32, leaves: &mut Vec<i32>) {
            if let Some(n) = node {
                let (left, right) = {
                    let b = n.borrow();
                    (b.left.clone(), b.right.clone())
                };
                if left.is_none() && right.is_none() {
                    leaves.push(depth);
                }
                walk(left, depth + 1, leaves);
                walk(right, depth + 1, leaves);
            }
        }
        let mut leaves = Vec::new();
        walk(root, 1, &mut leaves);
        leaves.into_iter().max().unwrap_or(0)
    }
}
