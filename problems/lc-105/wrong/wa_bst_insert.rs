use std::cell::RefCell;
use std::rc::Rc;

type Node = Rc<RefCell<TreeNode>>;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, _inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        // Mistake: treats the tree as a binary search tree (as in "build a
        // BST from its pre-order") and inserts the values in pre-order,
        // ignoring the in-order listing. Only right for search trees.
        let mut root: Option<Node> = None;
        for val in preorder {
            let node = Rc::new(RefCell::new(TreeNode::new(val)));
            let Some(mut cur) = root.clone() else {
                root = Some(node);
                continue;
            };
            loop {
                let next = {
                    let mut c = cur.borrow_mut();
                    let slot = if val < c.val { &mut c.left } else { &mut c.right };
                    match slot {
                        Some(child) => child.clone(),
                        None => {
                            *slot = Some(node.clone());
                            break;
                        }
                    }
                };
                cur = next;
            }
        }
        root
    }
}
