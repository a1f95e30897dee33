use std::cell::RefCell;
use std::fmt::Write;
use std::rc::Rc;

impl Solution {
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let (mut whole, mut part) = (String::new(), String::new());
        Self::write(&root, &mut whole);
        Self::write(&sub_root, &mut part);
        whole.contains(&part)
    }

    fn write(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut String) {
        match node {
            None => out.push_str("#,"),
            Some(node) => {
                let n = node.borrow();
                // Mistake: the separator comes only after each value, so a
                // match may start in the middle of a number: "2,#,#," is
                // found inside "12,#,#," (and "1,..." inside "-1,...").
                let _ = write!(out, "{},", n.val);
                Self::write(&n.left, out);
                Self::write(&n.right, out);
            }
        }
    }
}
