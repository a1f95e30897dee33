// Preorder with "N" for missing children, written and read with explicit
// stacks instead of recursion. While reading, the stack holds the nodes whose
// children are still to come, each with a flag: does it wait for its left
// child or its right one?
use std::cell::RefCell;
use std::rc::Rc;

type Link = Option<Rc<RefCell<TreeNode>>>;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut stack: Vec<Link> = vec![root];
        while let Some(link) = stack.pop() {
            match link {
                None => parts.push("N".to_string()),
                Some(node) => {
                    let node = node.borrow();
                    parts.push(node.val.to_string());
                    stack.push(node.right.clone());
                    stack.push(node.left.clone());
                }
            }
        }
        parts.join(" ")
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let make = |t: &str| -> Link {
            if t == "N" {
                None
            } else {
                Some(Rc::new(RefCell::new(TreeNode::new(t.parse().unwrap()))))
            }
        };
        let mut tokens = data.split(' ');
        let root = make(tokens.next()?);
        let mut stack: Vec<(Rc<RefCell<TreeNode>>, bool)> = Vec::new();
        if let Some(r) = &root {
            stack.push((Rc::clone(r), false));
        }
        for t in tokens {
            let child = make(t);
            let (parent, right_next) = stack.last_mut().expect("more tokens than slots");
            if *right_next {
                parent.borrow_mut().right = child.clone();
                stack.pop();
            } else {
                parent.borrow_mut().left = child.clone();
                *right_next = true;
            }
            if let Some(c) = child {
                stack.push((c, false));
            }
        }
        root
    }
}
