use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // An in-order traversal (left subtree, node, right subtree) of a
        // binary search tree meets the values in strictly increasing order,
        // and only then. Done with an explicit stack, so depth is no concern.
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
            if prev.is_some_and(|p| p >= node.val) {
                return false;
            }
            prev = Some(node.val);
            cur = node.right.clone();
        }
        true
    }
}
