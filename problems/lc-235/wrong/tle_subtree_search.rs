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
        // Walk down from the root while one child's subtree holds both p and
        // q, searching the subtrees instead of comparing values. Correct, but
        // every step searches a whole subtree again: on a chain with p and q
        // at the bottom that is quadratic.
        let mut cur = root?;
        loop {
            let (left, right) = {
                let n = cur.borrow();
                (n.left.clone(), n.right.clone())
            };
            if Self::contains(&left, &p) && Self::contains(&left, &q) {
                cur = left?;
            } else if Self::contains(&right, &p) && Self::contains(&right, &q) {
                cur = right?;
            } else {
                return Some(cur);
            }
        }
    }

    fn contains(node: &Option<Node>, target: &Node) -> bool {
        match node {
            None => false,
            Some(n) => {
                Rc::ptr_eq(n, target) || {
                    let n = n.borrow();
                    Self::contains(&n.left, target) || Self::contains(&n.right, target)
                }
            }
        }
    }
}
