use std::cell::RefCell;
use std::rc::Rc;

type Node = Rc<RefCell<TreeNode>>;

impl Solution {
    pub fn lowest_common_ancestor(
        root: Option<Node>,
        p: Option<Node>,
        q: Option<Node>,
    ) -> Option<Node> {
        // The slowest approach that still passes: the answer for any binary
        // tree (LC 236), which ignores the order and searches the whole tree
        // once, post-order, by node identity: O(n) instead of O(h).
        let (p, q) = (p?, q?);
        Self::search(&root, &p, &q)
    }

    fn search(node: &Option<Node>, p: &Node, q: &Node) -> Option<Node> {
        let node = node.as_ref()?;
        if Rc::ptr_eq(node, p) || Rc::ptr_eq(node, q) {
            return Some(node.clone());
        }
        let (left, right) = {
            let n = node.borrow();
            (Self::search(&n.left, p, q), Self::search(&n.right, p, q))
        };
        match (left, right) {
            (Some(_), Some(_)) => Some(node.clone()),
            (found, None) | (None, found) => found,
        }
    }
}
