use std::cell::RefCell;
use std::rc::Rc;

type Node = Rc<RefCell<TreeNode>>;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // List every node with the whole path of values from the root to it,
        // and check each node against its path directly.
        let mut good = 0;
        let mut stack: Vec<(Node, Vec<i32>)> = root.into_iter().map(|r| (r, Vec::new())).collect();
        while let Some((node, above)) = stack.pop() {
            let n = node.borrow();
            if above.iter().all(|&v| v <= n.val) {
                good += 1;
            }
            let mut path = above.clone();
            path.push(n.val);
            for child in [&n.left, &n.right].into_iter().flatten() {
                stack.push((child.clone(), path.clone()));
            }
        }
        good
    }
}
