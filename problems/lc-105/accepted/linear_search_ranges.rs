use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        Self::build(&preorder, &inorder)
    }

    /// The slowest approach that still passes: for every root, scan the
    /// in-order slice for it. A chain makes every scan long: O(n^2).
    fn build(preorder: &[i32], inorder: &[i32]) -> Option<Rc<RefCell<TreeNode>>> {
        let (&val, rest) = preorder.split_first()?;
        let mid = inorder.iter().position(|&v| v == val).unwrap();
        let (left_pre, right_pre) = rest.split_at(mid);
        Some(Rc::new(RefCell::new(TreeNode {
            val,
            left: Self::build(left_pre, &inorder[..mid]),
            right: Self::build(right_pre, &inorder[mid + 1..]),
        })))
    }
}
