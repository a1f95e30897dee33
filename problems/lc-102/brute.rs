use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        // Depth-first, left before right: each value is appended to the level
        // of its depth, so every level ends up in left-to-right order.
        fn visit(node: &Option<Rc<RefCell<TreeNode>>>, depth: usize, levels: &mut Vec<Vec<i32>>) {
            if let Some(node) = node {
                let node = node.borrow();
                if levels.len() == depth {
                    levels.push(Vec::new());
                }
                levels[depth].push(node.val);
                visit(&node.left, depth + 1, levels);
                visit(&node.right, depth + 1, levels);
            }
        }
        let mut levels = Vec::new();
        visit(&root, 0, &mut levels);
        levels
    }
}
