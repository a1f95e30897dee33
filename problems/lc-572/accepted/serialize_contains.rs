use std::cell::RefCell;
use std::fmt::Write;
use std::rc::Rc;

impl Solution {
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Pre-order strings with "#" for missing children and a comma before
        // every entry (so that "2" cannot match the end of "12"), then a
        // substring search with the standard library.
        let (mut whole, mut part) = (String::new(), String::new());
        Self::write(&root, &mut whole);
        Self::write(&sub_root, &mut part);
        whole.contains(&part)
    }

    fn write(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut String) {
        match node {
            None => out.push_str(",#"),
            Some(node) => {
                let n = node.borrow();
                let _ = write!(out, ",{}", n.val);
                Self::write(&n.left, out);
                Self::write(&n.right, out);
            }
        }
    }
}
