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
        let (lo, hi) = (pv.min(qv), pv.max(qv));
        // Walk down while both values lie on the same side of the node; the
        // first node that separates them (or is one of them) is the answer.
        let mut cur = root?;
        loop {
            let next = {
                let n = cur.borrow();
                if hi < n.val {
                    n.left.clone()
                } else if lo > n.val {
                    n.right.clone()
                } else {
                    None
                }
            };
            match next {
                Some(child) => cur = child,
                None => return Some(cur),
            }
        }
    }
}
