use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        // The slowest approach that still passes: at each node, count the
        // left subtree from scratch to decide whether the answer is there,
        // here, or on the right. Counting is O(size), so a long left chain
        // with k = 1 costs about n^2 / 2 steps.
        let mut cur = root;
        let mut k = k;
        while let Some(node) = cur {
            let n = node.borrow();
            let smaller = Self::count(&n.left);
            if k <= smaller {
                cur = n.left.clone();
            } else if k == smaller + 1 {
                return n.val;
            } else {
                k -= smaller + 1;
                cur = n.right.clone();
            }
        }
        unreachable!("k is at most the number of nodes")
    }

    fn count(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match node {
            None => 0,
            Some(node) => {
                let n = node.borrow();
                1 + Self::count(&n.left) + Self::count(&n.right)
            }
        }
    }
}
