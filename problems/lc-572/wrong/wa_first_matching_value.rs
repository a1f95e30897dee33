use std::cell::RefCell;
use std::rc::Rc;

type Node = Rc<RefCell<TreeNode>>;

impl Solution {
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Mistake: assumes values are unique, so only the first node (in
        // pre-order) whose value equals sub_root's value is compared. With
        // repeated values the real match can be at a later node.
        let target = sub_root.as_ref().map(|s| s.borrow().val);
        match Self::find(&root, target) {
            Some(start) => Self::same(&Some(start), &sub_root),
            None => false,
        }
    }

    fn find(node: &Option<Node>, val: Option<i32>) -> Option<Node> {
        let node = node.as_ref()?;
        if Some(node.borrow().val) == val {
            return Some(node.clone());
        }
        let n = node.borrow();
        Self::find(&n.left, val).or_else(|| Self::find(&n.right, val))
    }

    fn same(a: &Option<Node>, b: &Option<Node>) -> bool {
        match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                a.val == b.val && Self::same(&a.left, &b.left) && Self::same(&a.right, &b.right)
            }
            _ => false,
        }
    }
}
