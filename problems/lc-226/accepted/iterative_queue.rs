use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        // Breadth-first: every node taken from the queue swaps its children.
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        while let Some(node) = queue.pop_front() {
            let mut n = node.borrow_mut();
            let n = &mut *n;
            std::mem::swap(&mut n.left, &mut n.right);
            queue.extend(n.left.iter().cloned());
            queue.extend(n.right.iter().cloned());
        }
        root
    }
}
