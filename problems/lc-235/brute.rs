use std::cell::RefCell;
use std::rc::Rc;

type Node = Rc<RefCell<TreeNode>>;

impl Solution {
    pub fn lowest_common_ancestor(
        root: Option<Node>,
        p: Option<Node>,
        q: Option<Node>,
    ) -> Option<Node> {
        // Ignore the search-tree order: find the paths from the root to p
        // and to q by searching the whole tree; they agree up to the LCA.
        let (p, q) = (p?, q?);
        let (mut to_p, mut to_q) = (Vec::new(), Vec::new());
        Self::path(&root, &p, &mut to_p);
        Self::path(&root, &q, &mut to_q);
        let mut answer = None;
        for (a, b) in to_p.iter().zip(&to_q) {
            if Rc::ptr_eq(a, b) {
                answer = Some(a.clone());
            }
        }
        answer
    }

    /// Fills `path` with the nodes from `node` down to `target`; returns
    /// whether `target` was found.
    fn path(node: &Option<Node>, target: &Node, path: &mut Vec<Node>) -> bool {
        let Some(node) = node else { return false };
        path.push(node.clone());
        if Rc::ptr_eq(node, target) {
            return true;
        }
        let n = node.borrow();
        if Self::path(&n.left, target, path) || Self::path(&n.right, target, path) {
            return true;
        }
        path.pop();
        false
    }
}
