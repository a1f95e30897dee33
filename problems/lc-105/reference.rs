use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        // Each value's position in the in-order listing, found in O(1).
        let position: HashMap<i32, usize> = inorder.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        let mut next = 0;
        Self::build(&preorder, &position, &mut next, 0, inorder.len())
    }

    /// Builds the subtree whose in-order listing is inorder[lo..hi]; its
    /// root is the next unused value of the pre-order listing, and its left
    /// subtree is built first because pre-order lists it first.
    fn build(
        preorder: &[i32],
        position: &HashMap<i32, usize>,
        next: &mut usize,
        lo: usize,
        hi: usize,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        if lo == hi {
            return None;
        }
        let val = preorder[*next];
        *next += 1;
        let mid = position[&val];
        let left = Self::build(preorder, position, next, lo, mid);
        let right = Self::build(preorder, position, next, mid + 1, hi);
        Some(Rc::new(RefCell::new(TreeNode { val, left, right })))
    }
}
