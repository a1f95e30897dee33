use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        // Mistake: only the root's two subtrees trade places; the nodes below
        // keep their children in the original order.
        if let Some(node) = &root {
            let mut n = node.borrow_mut();
            let n = &mut *n;
            std::mem::swap(&mut n.left, &mut n.right);
        }
        root
    }
}
