use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        // Mistake: takes p as the smaller value and q as the larger one.
        // When p > q the range test never holds where it should, and the
        // walk ends at the wrong node or falls off the tree.
        let lo = p?.borrow().val;
        let hi = q?.borrow().val;
        let mut cur = root;
        while let Some(node) = cur {
            let val = node.borrow().val;
            if val > hi {
                cur = node.borrow().left.clone();
            } else if val < lo {
                cur = node.borrow().right.clone();
            } else {
                return Some(node);
            }
        }
        None
    }
}
