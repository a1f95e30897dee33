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
        let mut cur = root.unwrap();
        loop {
            let val = cur.borrow().val;
            // Mistake: the directions are swapped (smaller values are to the
            // left, not the right). The walk heads away from p and q and
            // unwraps a missing child when it falls off the tree.
            let next = if pv < val && qv < val {
                cur.borrow().right.clone().unwrap()
            } else if pv > val && qv > val {
                cur.borrow().left.clone().unwrap()
            } else {
                return Some(cur);
            };
            cur = next;
        }
    }
}
