use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        // Mistake: a pre-order walk (node before its left subtree) does not
        // meet the values in increasing order; only in-order does.
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        let mut left = k;
        while let Some(node) = stack.pop() {
            let n = node.borrow();
            left -= 1;
            if left == 0 {
                return n.val;
            }
            stack.extend(n.right.clone());
            stack.extend(n.left.clone());
        }
        -1
    }
}
