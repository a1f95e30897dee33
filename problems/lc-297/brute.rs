use std::cell::RefCell;
use std::rc::Rc;

type Tree = Option<Rc<RefCell<TreeNode>>>;

/// Preorder with `#` for a missing child, tokens separated by spaces.
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        fn walk(node: &Tree, out: &mut Vec<String>) {
            match node {
                None => out.push("#".to_string()),
                Some(n) => {
                    let n = n.borrow();
                    out.push(n.val.to_string());
                    walk(&n.left, out);
                    walk(&n.right, out);
                }
            }
        }
        let mut out = Vec::new();
        walk(&root, &mut out);
        out.join(" ")
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        fn build<'a>(tokens: &mut impl Iterator<Item = &'a str>) -> Tree {
            let val: i32 = match tokens.next() {
                None | Some("#") => return None,
                Some(v) => v.parse().unwrap(),
            };
            let mut node = TreeNode::new(val);
            node.left = build(tokens);
            node.right = build(tokens);
            Some(Rc::new(RefCell::new(node)))
        }
        build(&mut data.split(' '))
    }
}
