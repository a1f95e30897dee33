use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        let root = Rc::new(RefCell::new(TreeNode::new(*preorder.first()?)));
        let mut stack = vec![root.clone()];
        let mut j = 0;
        for &val in &preorder[1..] {
            let node = Rc::new(RefCell::new(TreeNode::new(val)));
            let top = stack.last().unwrap().clone();
            if top.borrow().val != inorder[j] {
                top.borrow_mut().left = Some(node.clone());
            } else {
                // Mistake: pops a single finished node where it should pop
                // every node that matches the in-order listing in turn; the
                // right child then goes to a node too deep in the tree.
                let parent = stack.pop().unwrap();
                j += 1;
                parent.borrow_mut().right = Some(node.clone());
            }
            stack.push(node);
        }
        Some(root)
    }
}
