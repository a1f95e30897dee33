// One queue of (node, depth) pairs; a node starts a new level when its depth
// equals the number of levels so far.
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut levels: Vec<Vec<i32>> = Vec::new();
        let mut queue: VecDeque<(Option<Rc<RefCell<TreeNode>>>, usize)> = VecDeque::new();
        queue.push_back((root, 0));
        while let Some((node, depth)) = queue.pop_front() {
            let Some(node) = node else { continue };
            let node = node.borrow();
            if levels.len() == depth {
                levels.push(vec![]);
            }
            levels[depth].push(node.val);
            queue.push_back((node.left.clone(), depth + 1));
            queue.push_back((node.right.clone(), depth + 1));
        }
        levels
    }
}
