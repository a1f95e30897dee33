use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Collect the nodes parents-first, then handle them in reverse, so
        // both children's heights are known when a node is reached. Heights
        // are kept in a map keyed by the node's address.
        let mut order: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            {
                let n = node.borrow();
                stack.extend(n.left.clone());
                stack.extend(n.right.clone());
            }
            order.push(node);
        }
        let mut height: HashMap<*const RefCell<TreeNode>, i32> = HashMap::new();
        let mut best = 0;
        for node in order.iter().rev() {
            let n = node.borrow();
            let h = |child: &Option<Rc<RefCell<TreeNode>>>| {
                child.as_ref().map_or(0, |c| height[&Rc::as_ptr(c)])
            };
            let (l, r) = (h(&n.left), h(&n.right));
            best = best.max(l + r);
            height.insert(Rc::as_ptr(node), 1 + l.max(r));
        }
        best
    }
}
