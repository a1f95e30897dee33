use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Write both trees out in level order with a marker for every missing
        // child; two trees are the same exactly when the listings are.
        Self::listing(p) == Self::listing(q)
    }

    fn listing(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Option<i32>> {
        let mut out = Vec::new();
        let mut queue = VecDeque::from([root]);
        while let Some(slot) = queue.pop_front() {
            match slot {
                None => out.push(None),
                Some(node) => {
                    let n = node.borrow();
                    out.push(Some(n.val));
                    queue.push_back(n.left.clone());
                    queue.push_back(n.right.clone());
                }
            }
        }
        out
    }
}
