use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Breadth-first, one level at a time: the answer is the number of
        // non-empty levels.
        let mut levels = 0;
        let mut current: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !current.is_empty() {
            levels += 1;
            let mut next = Vec::new();
            for node in &current {
                let node = node.borrow();
                next.extend(node.left.clone());
                next.extend(node.right.clone());
            }
            current = next;
        }
        levels
    }
}
