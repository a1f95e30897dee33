use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        // One pass over preorder with a stack of nodes whose right child is
        // still open. While the top of the stack is not the next in-order
        // value, each new value is the left child of the previous one.
        // Otherwise pop every node that in-order has finished with; the new
        // value is the right child of the last one popped.
        let root = Rc::new(RefCell::new(TreeNode::new(*preorder.first()?)));
        let mut stack = vec![root.clone()];
        let mut j = 0;
        for &val in &preorder[1..] {
            let node = Rc::new(RefCell::new(TreeNode::new(val)));
            let top = stack.last().unwrap().clone();
            if top.borrow().val != inorder[j] {
                top.borrow_mut().left = Some(node.clone());
            } else {
                let mut parent = top;
                while let Some(t) = stack.last() {
                    if t.borrow().val != inorder[j] {
                        break;
                    }
                    parent = stack.pop().unwrap();
                    j += 1;
                }
                parent.borrow_mut().right = Some(node.clone());
            }
            stack.push(node);
        }
        Some(root)
    }
}
