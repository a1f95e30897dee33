use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let pv = p?.borrow().val;
        let qv = q?.borrow().val;
        // Mistake: this is the answer for a binary *search* tree (LC 235).
        // Here values are in no particular order, so comparing them with the
        // current node sends the walk the wrong way or off the tree.
        let mut cur = root;
        while let Some(node) = cur {
            let val = node.borrow().val;
            if pv < val && qv < val {
                cur = node.borrow().left.clone();
            } else if pv > val && qv > val {
                cur = node.borrow().right.clone();
            } else {
                return Some(node);
            }
        }
        None
    }
}
