use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        // Ignore the search-tree order: collect every value, sort, pick.
        let mut values = Vec::new();
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            let n = node.borrow();
            values.push(n.val);
            stack.extend(n.left.clone());
            stack.extend(n.right.clone());
        }
        values.sort();
        values[k as usize - 1]
    }
}
