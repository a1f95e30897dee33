use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // The slowest approach that still passes: keep the values on the
        // current path in an ordered multiset (value -> count), and ask it
        // for its maximum at every node. O(n log n), with a tree-map update
        // on the way down and again on the way up.
        let mut path = BTreeMap::new();
        Self::walk(&root, &mut path)
    }

    fn walk(node: &Option<Rc<RefCell<TreeNode>>>, path: &mut BTreeMap<i32, usize>) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        let good = match path.keys().next_back() {
            Some(&max) => (n.val >= max) as i32,
            None => 1,
        };
        *path.entry(n.val).or_insert(0) += 1;
        let below = Self::walk(&n.left, path) + Self::walk(&n.right, path);
        let count = path.get_mut(&n.val).unwrap();
        *count -= 1;
        if *count == 0 {
            path.remove(&n.val);
        }
        good + below
    }
}
