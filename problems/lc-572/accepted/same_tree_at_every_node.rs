use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // The slowest approach that still passes: try an identity check at
        // every node of root, O(m * n) in the worst case.
        match &root {
            None => false,
            Some(node) => {
                Self::same(&root, &sub_root) || {
                    let n = node.borrow();
                    Self::is_subtree(n.left.clone(), sub_root.clone())
                        || Self::is_subtree(n.right.clone(), sub_root.clone())
                }
            }
        }
    }

    fn same(a: &Option<Rc<RefCell<TreeNode>>>, b: &Option<Rc<RefCell<TreeNode>>>) -> bool {
        match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                a.val == b.val && Self::same(&a.left, &b.left) && Self::same(&a.right, &b.right)
            }
            _ => false,
        }
    }
}
