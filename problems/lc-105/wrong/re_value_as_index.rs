use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        // Mistake: a vector indexed by value stands in for a hash map, sized
        // for values 0..=3000. Values can be negative, and a negative value
        // cast to usize is a huge index: out of bounds.
        let mut position = vec![0usize; 3001];
        for (i, &v) in inorder.iter().enumerate() {
            position[v as usize] = i;
        }
        let mut next = 0;
        Self::build(&preorder, &position, &mut next, 0, inorder.len())
    }

    fn build(preorder: &[i32], position: &[usize], next: &mut usize, lo: usize, hi: usize) -> Option<Rc<RefCell<TreeNode>>> {
        if lo == hi {
            return None;
        }
        let val = preorder[*next];
        *next += 1;
        let mid = position[val as usize];
        let left = Self::build(preorder, position, next, lo, mid);
        let right = Self::build(preorder, position, next, mid + 1, hi);
        Some(Rc::new(RefCell::new(TreeNode { val, left, right })))
    }
}
