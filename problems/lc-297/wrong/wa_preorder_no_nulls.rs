use std::cell::RefCell;
use std::rc::Rc;

type Tree = Option<Rc<RefCell<TreeNode>>>;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    // Mistake: the approach of "Serialize and Deserialize BST" (LC 449):
    // preorder values only, no markers for missing children. For a search
    // tree the values decide the shape; for a general binary tree they do
    // not, so the rebuilt tree has the wrong shape (and may drop nodes).
    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        fn walk(node: &Tree, out: &mut Vec<String>) {
            if let Some(n) = node {
                let n = n.borrow();
                out.push(n.val.to_string());
                walk(&n.left, out);
                walk(&n.right, out);
            }
        }
        let mut out = Vec::new();
        walk(&root, &mut out);
        out.join(",")
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let vals: Vec<i32> = data.split(',').filter_map(|t| t.parse().ok()).collect();
        // Rebuild as a BST: each subtree takes the values within its bounds.
        fn build(vals: &[i32], pos: &mut usize, lo: i32, hi: i32) -> Tree {
            let &v = vals.get(*pos)?;
            if v < lo || v > hi {
                return None;
            }
            *pos += 1;
            let mut node = TreeNode::new(v);
            node.left = build(vals, pos, lo, v - 1);
            node.right = build(vals, pos, v + 1, hi);
            Some(Rc::new(RefCell::new(node)))
        }
        build(&vals, &mut 0, i32::MIN, i32::MAX)
    }
}
