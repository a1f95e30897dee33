use std::cell::RefCell;
use std::rc::Rc;

type Tree = Option<Rc<RefCell<TreeNode>>>;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        fn walk(node: &Tree, out: &mut String) {
            match node {
                None => out.push_str("#,"),
                Some(n) => {
                    let n = n.borrow();
                    out.push_str(&n.val.to_string());
                    out.push(',');
                    walk(&n.left, out);
                    walk(&n.right, out);
                }
            }
        }
        let mut out = String::new();
        walk(&root, &mut out);
        out
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        fn build(bytes: &[u8], pos: &mut usize) -> Tree {
            if *pos >= bytes.len() {
                return None;
            }
            if bytes[*pos] == b'#' {
                *pos += 2;
                return None;
            }
            // Mistake: a hand-written number parser that reads digits only.
            // A leading '-' is stepped over, so -7 comes back as 7.
            let mut val = 0;
            while bytes[*pos] != b',' {
                if bytes[*pos].is_ascii_digit() {
                    val = val * 10 + (bytes[*pos] - b'0') as i32;
                }
                *pos += 1;
            }
            *pos += 1;
            let mut node = TreeNode::new(val);
            node.left = build(bytes, pos);
            node.right = build(bytes, pos);
            Some(Rc::new(RefCell::new(node)))
        }
        build(data.as_bytes(), &mut 0)
    }
}
