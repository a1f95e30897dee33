use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Mistake: assumes the longest path always passes through the root,
        // so it only adds up the heights of the root's two subtrees. The
        // longest path can turn at a node deep inside one subtree.
        let Some(node) = root else { return 0 };
        let n = node.borrow();
        Self::height(&n.left) + Self::height(&n.right)
    }

    fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        1 + Self::height(&n.left).max(Self::height(&n.right))
    }
}
