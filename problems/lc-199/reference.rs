use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        // Breadth-first, one level at a time; the last node taken from each
        // level is the one seen from the right.
        let mut seen = Vec::new();
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !queue.is_empty() {
            let width = queue.len();
            for i in 0..width {
                let node = queue.pop_front().unwrap();
                let n = node.borrow();
                if i + 1 == width {
                    seen.push(n.val);
                }
                queue.extend(n.left.clone());
                queue.extend(n.right.clone());
            }
        }
        seen
    }
}
