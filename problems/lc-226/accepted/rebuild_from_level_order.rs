use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        // The slowest approach that still passes: write the tree out level by
        // level with every row mirrored (children visited right before left),
        // then build a whole new tree from that listing.
        let mut listing: Vec<Option<i32>> = Vec::new();
        let mut queue = VecDeque::from([root]);
        while let Some(slot) = queue.pop_front() {
            match slot {
                None => listing.push(None),
                Some(node) => {
                    let n = node.borrow();
                    listing.push(Some(n.val));
                    queue.push_back(n.right.clone());
                    queue.push_back(n.left.clone());
                }
            }
        }
        let mut values = listing.into_iter();
        let first = values.next().flatten()?;
        let new_root = Rc::new(RefCell::new(TreeNode::new(first)));
        let mut parents = VecDeque::from([new_root.clone()]);
        while let Some(parent) = parents.pop_front() {
            for side in 0..2 {
                if let Some(val) = values.next().flatten() {
                    let child = Rc::new(RefCell::new(TreeNode::new(val)));
                    parents.push_back(child.clone());
                    let mut p = parent.borrow_mut();
                    if side == 0 {
                        p.left = Some(child);
                    } else {
                        p.right = Some(child);
                    }
                }
            }
        }
        Some(new_root)
    }
}
