use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut levels = Vec::new();
        let mut queue: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !queue.is_empty() {
            let size = queue.len();
            let mut level = Vec::with_capacity(size);
            for _ in 0..size {
                // Mistake: `Vec::pop` takes from the back, so this "queue" is
                // a stack; children pushed a moment ago are taken before the
                // rest of the current level, mixing the levels.
                if let Some(node) = queue.pop() {
                    let node = node.borrow();
                    level.push(node.val);
                    queue.extend(node.left.clone());
                    queue.extend(node.right.clone());
                }
            }
            levels.push(level);
        }
        levels
    }
}
