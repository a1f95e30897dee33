//! LeetCode's binary tree node, field for field, and level-order conversion.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

// Definition exactly as LeetCode shows it in its Rust stubs.
#[derive(Debug, PartialEq, Eq)]
#[repr(C)] // layout-identical to the glue's copy in the solution's crate
pub struct TreeNode {
    pub val: i32,
    pub left: Option<Rc<RefCell<TreeNode>>>,
    pub right: Option<Rc<RefCell<TreeNode>>>,
}

impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        TreeNode {
            val,
            left: None,
            right: None,
        }
    }
}

pub type Tree = Option<Rc<RefCell<TreeNode>>>;

/// Builds a tree from LeetCode's level order (`[3,9,20,null,null,15,7]`).
pub fn from_level_order(values: &[Option<i32>]) -> Result<Tree, String> {
    let mut iter = values.iter();
    let root = match iter.next() {
        None | Some(None) => {
            if values.iter().any(|v| v.is_some()) {
                return Err("a tree whose root is null cannot have other nodes".into());
            }
            return Ok(None);
        }
        Some(Some(v)) => Rc::new(RefCell::new(TreeNode::new(*v))),
    };
    let mut queue = VecDeque::new();
    queue.push_back(root.clone());
    while let Some(node) = queue.pop_front() {
        for side in 0..2 {
            match iter.next() {
                None => return Ok(Some(root)),
                Some(None) => {}
                Some(Some(v)) => {
                    let child = Rc::new(RefCell::new(TreeNode::new(*v)));
                    queue.push_back(child.clone());
                    let mut n = node.borrow_mut();
                    if side == 0 {
                        n.left = Some(child);
                    } else {
                        n.right = Some(child);
                    }
                }
            }
        }
    }
    if iter.next().is_some() {
        return Err("level order has values after the last node that could hold children".into());
    }
    Ok(Some(root))
}

/// LeetCode's level order of a tree, trailing nulls removed. Stops after
/// `limit` nodes so that a cyclic structure cannot make the judge loop.
pub fn to_level_order(root: &Tree, limit: usize) -> (Vec<Option<i32>>, bool) {
    let mut out = Vec::new();
    let mut queue = VecDeque::new();
    queue.push_back(root.clone());
    let mut nodes = 0;
    while let Some(slot) = queue.pop_front() {
        match slot {
            None => out.push(None),
            Some(node) => {
                nodes += 1;
                if nodes > limit {
                    return (out, true);
                }
                let n = node.borrow();
                out.push(Some(n.val));
                queue.push_back(n.left.clone());
                queue.push_back(n.right.clone());
            }
        }
    }
    while out.last() == Some(&None) {
        out.pop();
    }
    (out, false)
}

/// The node with value `val`, as a handle into the same tree (a clone of the
/// `Rc`, so `Rc::ptr_eq` works on it).
pub fn find(root: &Tree, val: i32) -> Tree {
    let mut stack = vec![root.clone()];
    while let Some(slot) = stack.pop() {
        if let Some(node) = slot {
            let n = node.borrow();
            if n.val == val {
                return Some(node.clone());
            }
            stack.push(n.left.clone());
            stack.push(n.right.clone());
        }
    }
    None
}

/// Whether `target` is one of the nodes of `root` (by identity, not value).
pub fn contains_node(root: &Tree, target: &Rc<RefCell<TreeNode>>) -> bool {
    let mut stack = vec![root.clone()];
    while let Some(slot) = stack.pop() {
        if let Some(node) = slot {
            if Rc::ptr_eq(&node, target) {
                return true;
            }
            let n = node.borrow();
            stack.push(n.left.clone());
            stack.push(n.right.clone());
        }
    }
    false
}

/// Drops a tree without recursion (a skewed tree of 10^5 nodes would
/// otherwise use one stack frame per node).
pub fn drop_iteratively(root: Tree) {
    let mut stack = vec![root];
    while let Some(slot) = stack.pop() {
        if let Some(node) = slot {
            if let Ok(cell) = Rc::try_unwrap(node) {
                let mut n = cell.into_inner();
                stack.push(n.left.take());
                stack.push(n.right.take());
            }
        }
    }
}
