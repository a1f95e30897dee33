// The textbook queue: take exactly as many nodes as the queue holds at the
// start of a level, pushing their children behind them.
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut queue = VecDeque::new();
        if let Some(r) = root {
            queue.push_back(r);
        }
        while !queue.is_empty() {
            let size = queue.len();
            let mut level = Vec::with_capacity(size);
            for _ in 0..size {
                let node = queue.pop_front().unwrap();
                let node = node.borrow();
                level.push(node.val);
                if let Some(l) = node.left.clone() {
                    queue.push_back(l);
                }
                if let Some(r) = node.right.clone() {
                    queue.push_back(r);
                }
            }
            res.push(level);
        }
        res
    }
}
