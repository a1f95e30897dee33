use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut cur = root;
        let mut left = k;
        loop {
            while let Some(node) = cur {
                cur = node.borrow().left.clone();
                stack.push(node);
            }
            let Some(node) = stack.pop() else { break };
            // Mistake: the count is tested before this node is counted, so
            // the walk stops one node late and returns the (k+1)-th value.
            if left == 0 {
                return node.borrow().val;
            }
            left -= 1;
            cur = node.borrow().right.clone();
        }
        -1
    }
}
