// Breadth-first with a VecDeque, draining one level per round and counting
// the rounds.
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        let mut depth = 0;
        while !queue.is_empty() {
            depth += 1;
            for _ in 0..queue.len() {
                if let Some(node) = queue.pop_front() {
                    let node = node.borrow();
                    queue.extend(node.left.iter().cloned());
                    queue.extend(node.right.iter().cloned());
                }
            }
        }
        depth
    }
}
