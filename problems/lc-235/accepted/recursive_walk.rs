use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        // The same rule, written recursively and passing the handles on.
        let node = root?;
        let val = node.borrow().val;
        let pv = p.as_ref()?.borrow().val;
        let qv = q.as_ref()?.borrow().val;
        if pv < val && qv < val {
            let left = node.borrow().left.clone();
            Self::lowest_common_ancestor(left, p, q)
        } else if pv > val && qv > val {
            let right = node.borrow().right.clone();
            Self::lowest_common_ancestor(right, p, q)
        } else {
            Some(node)
        }
    }
}
