use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Breadth-first over pairs of nodes in matching positions.
        let mut queue = VecDeque::from([(p, q)]);
        while let Some(pair) = queue.pop_front() {
            match pair {
                (None, None) => {}
                (Some(a), Some(b)) => {
                    let (a, b) = (a.borrow(), b.borrow());
                    if a.val != b.val {
                        return false;
                    }
                    queue.push_back((a.left.clone(), b.left.clone()));
                    queue.push_back((a.right.clone(), b.right.clone()));
                }
                _ => return false,
            }
        }
        true
    }
}
