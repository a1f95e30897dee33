use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        // The slowest approach that still passes: build the full level-order
        // listing, every level as its own vector, then keep the last value
        // of each.
        let mut levels: Vec<Vec<i32>> = Vec::new();
        let mut current: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !current.is_empty() {
            levels.push(current.iter().map(|n| n.borrow().val).collect());
            current = current
                .iter()
                .flat_map(|n| {
                    let n = n.borrow();
                    [n.left.clone(), n.right.clone()]
                })
                .flatten()
                .collect();
        }
        levels.iter().filter_map(|level| level.last().copied()).collect()
    }
}
