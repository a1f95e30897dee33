use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // No recursion: an explicit stack visits each node twice, the second
        // time after both children, whose heights are then in the map.
        let mut height: HashMap<*const RefCell<TreeNode>, i32> = HashMap::new();
        let mut stack: Vec<(Rc<RefCell<TreeNode>>, bool)> = root.into_iter().map(|r| (r, false)).collect();
        while let Some((node, children_done)) = stack.pop() {
            let n = node.borrow();
            if !children_done {
                stack.push((node.clone(), true));
                stack.extend(n.left.iter().map(|c| (c.clone(), false)));
                stack.extend(n.right.iter().map(|c| (c.clone(), false)));
                continue;
            }
            let h = |c: &Option<Rc<RefCell<TreeNode>>>| c.as_ref().map_or(0, |c| height[&Rc::as_ptr(c)]);
            let (l, r) = (h(&n.left), h(&n.right));
            if (l - r).abs() > 1 {
                return false;
            }
            height.insert(Rc::as_ptr(&node), 1 + l.max(r));
        }
        true
    }
}
