use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut levels = Vec::new();
        // The nodes of the current depth, left to right.
        let mut current: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !current.is_empty() {
            let mut values = Vec::with_capacity(current.len());
            let mut next = Vec::with_capacity(current.len() * 2);
            for node in &current {
                let node = node.borrow();
                values.push(node.val);
                next.extend(node.left.clone());
                next.extend(node.right.clone());
            }
            levels.push(values);
            current = next;
        }
        levels
    }
}
