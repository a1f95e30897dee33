use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut cur = root;
        let mut prev: Option<i32> = None;
        while cur.is_some() || !stack.is_empty() {
            while let Some(node) = cur {
                cur = node.borrow().left.clone();
                stack.push(node);
            }
            let node = stack.pop().unwrap();
            let node = node.borrow();
            // Mistake: the in-order values only have to be non-decreasing
            // here, so equal values pass; a search tree needs them strictly
            // increasing.
            if prev.is_some_and(|p| p > node.val) {
                return false;
            }
            prev = Some(node.val);
            cur = node.right.clone();
        }
        true
    }
}
