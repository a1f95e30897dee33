use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        // Recursive in-order into a vector of all values, then index it.
        let mut values = Vec::new();
        Self::in_order(&root, &mut values);
        values[k as usize - 1]
    }

    fn in_order(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut Vec<i32>) {
        if let Some(node) = node {
            let n = node.borrow();
            Self::in_order(&n.left, out);
            out.push(n.val);
            Self::in_order(&n.right, out);
        }
    }
}
