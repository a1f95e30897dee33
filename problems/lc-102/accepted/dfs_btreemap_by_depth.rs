// Depth-first, left before right, appending each value to a BTreeMap entry
// keyed by its depth; the map's values in key order are the levels.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        fn walk(node: Option<Rc<RefCell<TreeNode>>>, depth: usize, by_depth: &mut BTreeMap<usize, Vec<i32>>) {
            if let Some(n) = node {
                let n = n.borrow();
                by_depth.entry(depth).or_insert_with(Vec::new).push(n.val);
                walk(n.left.clone(), depth + 1, by_depth);
                walk(n.right.clone(), depth + 1, by_depth);
            }
        }
        let mut by_depth = BTreeMap::new();
        walk(root, 0, &mut by_depth);
        by_depth.into_values().collect()
    }
}
