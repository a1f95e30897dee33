// Preorder with "null" for missing children, built by recursion and
// `format!`; decoding collects the tokens as owned Strings in a VecDeque and
// rebuilds recursively. Allocation-heavy but O(n).
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        fn write(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut String) {
            match node {
                None => out.push_str("null,"),
                Some(n) => {
                    let n = n.borrow();
                    out.push_str(&format!("{},", n.val));
                    write(&n.left, out);
                    write(&n.right, out);
                }
            }
        }
        let mut out = String::new();
        write(&root, &mut out);
        out
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        fn read(tokens: &mut VecDeque<String>) -> Option<Rc<RefCell<TreeNode>>> {
            let token = tokens.pop_front()?;
            if token == "null" {
                return None;
            }
            let node = Rc::new(RefCell::new(TreeNode::new(token.parse().unwrap())));
            let left = read(tokens);
            let right = read(tokens);
            node.borrow_mut().left = left;
            node.borrow_mut().right = right;
            Some(node)
        }
        let mut tokens: VecDeque<String> =
            data.split(',').filter(|t| !t.is_empty()).map(|t| t.to_string()).collect();
        read(&mut tokens)
    }
}
