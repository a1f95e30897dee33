use std::cell::RefCell;
use std::rc::Rc;

type Node = Rc<RefCell<TreeNode>>;

impl Solution {
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Straight from the definition: list every node, and for each one
        // measure both subtrees level by level and compare.
        let mut all = Vec::new();
        let mut stack: Vec<Node> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            let n = node.borrow();
            stack.extend(n.left.clone());
            stack.extend(n.right.clone());
            drop(n);
            all.push(node);
        }
        all.iter().all(|node| {
            let n = node.borrow();
            (Self::levels(n.left.clone()) - Self::levels(n.right.clone())).abs() <= 1
        })
    }

    /// The number of non-empty levels below (and including) `node`.
    fn levels(node: Option<Node>) -> i32 {
        let mut count = 0;
        let mut level: Vec<Node> = node.into_iter().collect();
        while !level.is_empty() {
            count += 1;
            let mut next = Vec::new();
            for node in &level {
                let n = node.borrow();
                next.extend(n.left.clone());
                next.extend(n.right.clone());
            }
            level = next;
        }
        count
    }
}
