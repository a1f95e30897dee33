use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // The slowest approach that still passes: build a full pre-order
        // string of each tree, with "#" for missing children and a separator
        // before every entry, and compare the strings.
        let (mut a, mut b) = (String::new(), String::new());
        Self::write(&p, &mut a);
        Self::write(&q, &mut b);
        a == b
    }

    fn write(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut String) {
        match node {
            None => out.push_str(",#"),
            Some(node) => {
                let n = node.borrow();
                out.push_str(&format!(",{}", n.val));
                Self::write(&n.left, out);
                Self::write(&n.right, out);
            }
        }
    }
}
