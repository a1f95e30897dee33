use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

type Tree = Option<Rc<RefCell<TreeNode>>>;

/// Level order with `#` for a missing child, tokens separated by commas:
/// [1,2,3,null,null,4,5] becomes "1,2,3,#,#,4,5,#,#,#,#". Iterative both
/// ways, so the depth of the tree does not matter. O(n) time and space.
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut tokens: Vec<String> = Vec::new();
        let mut queue: VecDeque<Tree> = VecDeque::from([root]);
        while let Some(slot) = queue.pop_front() {
            match slot {
                None => tokens.push("#".to_string()),
                Some(node) => {
                    let node = node.borrow();
                    tokens.push(node.val.to_string());
                    queue.push_back(node.left.clone());
                    queue.push_back(node.right.clone());
                }
            }
        }
        tokens.join(",")
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let mut tokens = data.split(',').map(|t| match t {
            "#" => None,
            v => Some(Rc::new(RefCell::new(TreeNode::new(
                v.parse().expect("a value written by serialize"),
            )))),
        });
        let root = tokens.next().flatten();
        let mut waiting: VecDeque<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        // Each node taken from the queue receives the next two tokens as
        // its children, in the order serialize wrote them.
        while let Some(parent) = waiting.pop_front() {
            let left = tokens.next().flatten();
            let right = tokens.next().flatten();
            waiting.extend(left.iter().chain(right.iter()).cloned());
            let mut p = parent.borrow_mut();
            p.left = left;
            p.right = right;
        }
        root
    }
}
