// Every node must lie strictly between the bounds its ancestors impose; the
// bounds are i64 so that i32::MIN and i32::MAX themselves are allowed.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        Self::within(&root, i64::MIN, i64::MAX)
    }

    fn within(node: &Option<Rc<RefCell<TreeNode>>>, lo: i64, hi: i64) -> bool {
        match node {
            None => true,
            Some(n) => {
                let n = n.borrow();
                let v = n.val as i64;
                lo < v && v < hi && Self::within(&n.left, lo, v) && Self::within(&n.right, v, hi)
            }
        }
    }
}
