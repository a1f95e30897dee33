use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        // Build a separate mirror copy: the copy's left child is the mirror
        // of the original's right child, and the other way round.
        root.map(|node| {
            let n = node.borrow();
            Rc::new(RefCell::new(TreeNode {
                val: n.val,
                left: Self::invert_tree(n.right.clone()),
                right: Self::invert_tree(n.left.clone()),
            }))
        })
    }
}
