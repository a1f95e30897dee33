use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        if p.is_none() && q.is_none() {
            return true;
        }
        // Mistake: the case where exactly one of the two is empty was
        // forgotten, so one of these unwraps panics on it.
        let (a, b) = (p.unwrap(), q.unwrap());
        let (a, b) = (a.borrow(), b.borrow());
        a.val == b.val
            && Self::is_same_tree(a.left.clone(), b.left.clone())
            && Self::is_same_tree(a.right.clone(), b.right.clone())
    }
}
