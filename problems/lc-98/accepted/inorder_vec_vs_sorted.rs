// Collect the in-order values recursively, then compare them with a sorted,
// deduplicated copy: they are equal exactly when the in-order sequence is
// strictly increasing. O(n log n) for the sort.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        fn inorder(node: Option<Rc<RefCell<TreeNode>>>, out: &mut Vec<i32>) {
            if let Some(n) = node {
                inorder(n.borrow().left.clone(), out);
                out.push(n.borrow().val);
                inorder(n.borrow().right.clone(), out);
            }
        }
        let mut values = Vec::new();
        inorder(root, &mut values);
        let mut sorted = values.clone();
        sorted.sort();
        sorted.dedup();
        sorted == values
    }
}
