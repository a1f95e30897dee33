use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        // Mistake: the tree may be empty, and then this unwrap panics.
        let mut queue = VecDeque::from([root.unwrap()]);
        let mut seen = Vec::new();
        while !queue.is_empty() {
            seen.push(queue.back().unwrap().borrow().val);
            for _ in 0..queue.len() {
                let node = queue.pop_front().unwrap();
                let n = node.borrow();
                queue.extend(n.left.clone());
                queue.extend(n.right.clone());
            }
        }
        seen
    }
}
