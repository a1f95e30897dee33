use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        // Straight from the definitions, with copies of every part: the root
        // is preorder[0]; it splits inorder into the two subtrees' listings,
        // and their sizes split the rest of preorder the same way.
        let &root = preorder.first()?;
        let mid = inorder.iter().position(|&v| v == root).unwrap();
        let left = Self::build_tree(preorder[1..1 + mid].to_vec(), inorder[..mid].to_vec());
        let right = Self::build_tree(preorder[1 + mid..].to_vec(), inorder[mid + 1..].to_vec());
        Some(Rc::new(RefCell::new(TreeNode { val: root, left, right })))
    }
}
