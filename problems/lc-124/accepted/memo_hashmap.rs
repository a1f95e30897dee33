use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

type Node = Rc<RefCell<TreeNode>>;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // The slowest approach that still passes: first a pass that stores
        // every node's downward gain in a hash map keyed by the node's
        // address, then a second pass that looks the children's gains up
        // at every node to score the path turning there.
        let mut gains: HashMap<*const RefCell<TreeNode>, i32> = HashMap::new();
        Self::fill(&root, &mut gains);
        let mut best = i32::MIN;
        let mut stack: Vec<Node> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            let n = node.borrow();
            let g = |c: &Option<Node>| c.as_ref().map_or(0, |c| gains[&Rc::as_ptr(c)]).max(0);
            best = best.max(n.val + g(&n.left) + g(&n.right));
            stack.extend(n.left.clone());
            stack.extend(n.right.clone());
        }
        best
    }

    fn fill(node: &Option<Node>, gains: &mut HashMap<*const RefCell<TreeNode>, i32>) -> i32 {
        let Some(node) = node else { return 0 };
        let n = node.borrow();
        let left = Self::fill(&n.left, gains).max(0);
        let right = Self::fill(&n.right, gains).max(0);
        let g = n.val + left.max(right);
        gains.insert(Rc::as_ptr(node), g);
        g
    }
}
