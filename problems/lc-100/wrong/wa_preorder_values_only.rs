use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Mistake: compares the pre-order lists of values, which do not record
        // where children are missing; [1,2] and [1,null,2] both list 1, 2.
        let (mut a, mut b) = (Vec::new(), Vec::new());
        Self::values(&p, &mut a);
        Self::values(&q, &mut b);
        a == b
    }

    fn values(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut Vec<i32>) {
        if let Some(node) = node {
            let n = node.borrow();
            out.push(n.val);
            Self::values(&n.left, out);
            Self::values(&n.right, out);
        }
    }
}
