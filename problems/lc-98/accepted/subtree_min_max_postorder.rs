// Post-order: each subtree reports its smallest and largest value, or that it
// is not a search tree. A node is fine when its left subtree's maximum is
// below it and its right subtree's minimum above it.
use std::cell::RefCell;
use std::rc::Rc;

enum Summary {
    Empty,
    Range(i32, i32),
    Invalid,
}

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        !matches!(Self::summary(root), Summary::Invalid)
    }

    fn summary(node: Option<Rc<RefCell<TreeNode>>>) -> Summary {
        let Some(node) = node else { return Summary::Empty };
        let (val, left, right) = {
            let b = node.borrow();
            (b.val, b.left.clone(), b.right.clone())
        };
        let lo = match Self::summary(left) {
            Summary::Invalid => return Summary::Invalid,
            Summary::Empty => val,
            Summary::Range(a, b) => {
                if b >= val {
                    return Summary::Invalid;
                }
                a
            }
        };
        let hi = match Self::summary(right) {
            Summary::Invalid => return Summary::Invalid,
            Summary::Empty => val,
            Summary::Range(a, b) => {
                if a <= val {
                    return Summary::Invalid;
                }
                b
            }
        };
        Summary::Range(lo, hi)
    }
}
