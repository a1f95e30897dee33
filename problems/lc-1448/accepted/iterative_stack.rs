use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // An explicit stack of (node, largest value above it).
        let mut good = 0;
        let mut stack: Vec<(Rc<RefCell<TreeNode>>, i32)> = root.into_iter().map(|r| (r, i32::MIN)).collect();
        while let Some((node, above)) = stack.pop() {
            let n = node.borrow();
            if n.val >= above {
                good += 1;
            }
            let above = above.max(n.val);
            stack.extend([&n.left, &n.right].into_iter().flatten().map(|c| (c.clone(), above)));
        }
        good
    }
}
