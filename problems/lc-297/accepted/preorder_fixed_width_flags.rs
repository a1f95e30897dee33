// A compact preorder: each node is four characters, its value + 1000 as three
// hex digits and one digit telling which children follow (1 = left,
// 2 = right, 3 = both). Fixed width, so no separators are needed; the empty
// tree is the empty string.
use std::cell::RefCell;
use std::rc::Rc;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        fn put(node: &Rc<RefCell<TreeNode>>, out: &mut String) {
            let n = node.borrow();
            let flags = n.left.is_some() as u8 | (n.right.is_some() as u8) << 1;
            out.push_str(&format!("{:03x}{}", n.val + 1000, flags));
            if let Some(l) = &n.left {
                put(l, out);
            }
            if let Some(r) = &n.right {
                put(r, out);
            }
        }
        let mut out = String::new();
        if let Some(r) = &root {
            put(r, &mut out);
        }
        out
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        fn get(bytes: &[u8], pos: &mut usize) -> Rc<RefCell<TreeNode>> {
            let chunk = std::str::from_utf8(&bytes[*pos..*pos + 4]).unwrap();
            *pos += 4;
            let val = i32::from_str_radix(&chunk[..3], 16).unwrap() - 1000;
            let flags = chunk.as_bytes()[3] - b'0';
            let node = Rc::new(RefCell::new(TreeNode::new(val)));
            if flags & 1 != 0 {
                let l = get(bytes, pos);
                node.borrow_mut().left = Some(l);
            }
            if flags & 2 != 0 {
                let r = get(bytes, pos);
                node.borrow_mut().right = Some(r);
            }
            node
        }
        if data.is_empty() {
            return None;
        }
        Some(get(data.as_bytes(), &mut 0))
    }
}
