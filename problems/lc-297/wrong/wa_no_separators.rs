use std::cell::RefCell;
use std::rc::Rc;

type Tree = Option<Rc<RefCell<TreeNode>>>;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    // Preorder with '#' for missing children, written without separators:
    // [1,2,3,null,null,4,5] becomes "12##34##5##".
    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        fn walk(node: &Tree, out: &mut String) {
            match node {
                None => out.push('#'),
                Some(n) => {
                    let n = n.borrow();
                    out.push_str(&n.val.to_string());
                    walk(&n.left, out);
                    walk(&n.right, out);
                }
            }
        }
        let mut out = String::new();
        walk(&root, &mut out);
        out
    }

    // Mistake: reads one character per value, which works on trees of
    // single-digit values (like the first example) but splits 12 into a
    // node 1 and a node 2.
    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        fn build(chars: &mut std::str::Chars) -> Tree {
            let val = match chars.next()? {
                '#' => return None,
                '-' => -(chars.next()?.to_digit(10)? as i32),
                c => c.to_digit(10)? as i32,
            };
            let mut node = TreeNode::new(val);
            node.left = build(chars);
            node.right = build(chars);
            Some(Rc::new(RefCell::new(node)))
        }
        build(&mut data.chars())
    }
}
