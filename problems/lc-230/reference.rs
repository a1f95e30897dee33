use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        // In-order with an explicit stack, stopping at the k-th node: the
        // nodes come out in increasing order of value.
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut cur = root;
        let mut left = k;
        loop {
            while let Some(node) = cur {
                cur = node.borrow().left.clone();
                stack.push(node);
            }
            let Some(node) = stack.pop() else { break };
            left -= 1;
            if left == 0 {
                return node.borrow().val;
            }
            cur = node.borrow().right.clone();
        }
        unreachable!("k is at most the number of nodes")
    }
}
