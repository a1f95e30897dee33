use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut levels = Vec::new();
        // Missing children are queued as `None` too, so after the deepest
        // level the queue still holds a round of `None`s.
        let mut queue = VecDeque::new();
        queue.push_back(root);
        while !queue.is_empty() {
            let mut level = Vec::new();
            for _ in 0..queue.len() {
                if let Some(Some(node)) = queue.pop_front() {
                    let node = node.borrow();
                    level.push(node.val);
                    queue.push_back(node.left.clone());
                    queue.push_back(node.right.clone());
                }
            }
            // Mistake: that last round of `None`s produces an empty level,
            // which is pushed anyway (an empty tree gives `[[]]`).
            levels.push(level);
        }
        levels
    }
}
