use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

type Node = Rc<RefCell<TreeNode>>;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Record every node's parent, then check each node by walking up to
        // the root. Correct, but the walk is as long as the node's depth:
        // O(n * height), about n^2 / 2 map lookups on a chain.
        let mut parent: HashMap<*const RefCell<TreeNode>, Node> = HashMap::new();
        let mut all = Vec::new();
        let mut stack: Vec<Node> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            let n = node.borrow();
            for child in [&n.left, &n.right].into_iter().flatten() {
                parent.insert(Rc::as_ptr(child), node.clone());
                stack.push(child.clone());
            }
            drop(n);
            all.push(node);
        }
        let mut good = 0;
        for node in &all {
            let val = node.borrow().val;
            let mut ok = true;
            let mut cur = Rc::as_ptr(node);
            while let Some(p) = parent.get(&cur) {
                if p.borrow().val > val {
                    ok = false;
                    break;
                }
                cur = Rc::as_ptr(p);
            }
            good += ok as i32;
        }
        good
    }
}
