use std::cell::RefCell;
use std::rc::Rc;

type Node = Rc<RefCell<TreeNode>>;

impl Solution {
    pub fn lowest_common_ancestor(
        root: Option<Node>,
        p: Option<Node>,
        q: Option<Node>,
    ) -> Option<Node> {
        let (p, q) = (p?, q?);
        Self::search(&root, &p, &q)
    }

    fn search(node: &Option<Node>, p: &Node, q: &Node) -> Option<Node> {
        let node = node.as_ref()?;
        if Rc::ptr_eq(node, p) || Rc::ptr_eq(node, q) {
            return Some(node.clone());
        }
        let n = node.borrow();
        // Mistake: whatever the left side finds is passed up without looking
        // right, so when p and q are on different sides the node where they
        // split is never returned; the answer is just the first one met.
        Self::search(&n.left, p, q).or_else(|| Self::search(&n.right, p, q))
    }
}
