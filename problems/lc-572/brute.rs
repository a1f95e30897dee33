use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

type Node = Rc<RefCell<TreeNode>>;

impl Solution {
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Compare the level-order listing (with markers for missing children)
        // of the subtree under every node of root with sub_root's listing.
        let wanted = Self::listing(sub_root);
        let mut stack: Vec<Node> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            if Self::listing(Some(node.clone())) == wanted {
                return true;
            }
            let n = node.borrow();
            stack.extend(n.left.clone());
            stack.extend(n.right.clone());
        }
        false
    }

    fn listing(root: Option<Node>) -> Vec<Option<i32>> {
        let mut out = Vec::new();
        let mut queue = VecDeque::from([root]);
        while let Some(slot) = queue.pop_front() {
            match slot {
                None => out.push(None),
                Some(node) => {
                    let n = node.borrow();
                    out.push(Some(n.val));
                    queue.push_back(n.left.clone());
                    queue.push_back(n.right.clone());
                }
            }
        }
        out
    }
}
