use std::cell::RefCell;
use std::rc::Rc;

type Node = Option<Rc<RefCell<TreeNode>>>;

impl Solution {
    // Straight from the definition: every value in the left subtree is
    // smaller than the node, every value in the right subtree is larger, and
    // both subtrees are search trees themselves.
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        match &root {
            None => true,
            Some(node) => {
                let node = node.borrow();
                let mut left = Vec::new();
                let mut right = Vec::new();
                Self::values(&node.left, &mut left);
                Self::values(&node.right, &mut right);
                left.iter().all(|&v| v < node.val)
                    && right.iter().all(|&v| v > node.val)
                    && Self::is_valid_bst(node.left.clone())
                    && Self::is_valid_bst(node.right.clone())
            }
        }
    }

    fn values(node: &Node, out: &mut Vec<i32>) {
        if let Some(n) = node {
            let n = n.borrow();
            out.push(n.val);
            Self::values(&n.left, out);
            Self::values(&n.right, out);
        }
    }
}
