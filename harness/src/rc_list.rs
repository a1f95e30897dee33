//! Linked-list nodes that can form a cycle (LC 141, 142), which LeetCode's
//! `Option<Box<ListNode>>` cannot. Tests give a list as LeetCode does: its
//! values and `pos`, the index the tail links back to (-1: no cycle).

use std::cell::RefCell;
use std::rc::Rc;

/// A list node with a shared `next` handle. No `Debug`: a cyclic list would
/// print forever.
#[repr(C)] // layout-identical to the glue's copy in the solution's crate
pub struct RcListNode {
    pub val: i32,
    pub next: Option<Rc<RefCell<RcListNode>>>,
}

impl RcListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        RcListNode { val, next: None }
    }
}

pub type RcList = Option<Rc<RefCell<RcListNode>>>;

/// Builds the list; the tail links to the node at `pos` unless `pos` is -1.
pub fn from_values(values: &[i32], pos: i64) -> Result<RcList, String> {
    if pos < -1 || pos >= values.len().max(1) as i64 || (values.is_empty() && pos != -1) {
        return Err(format!(
            "pos {pos} is not -1 or an index of the {} values",
            values.len()
        ));
    }
    let nodes: Vec<Rc<RefCell<RcListNode>>> = values
        .iter()
        .map(|&v| Rc::new(RefCell::new(RcListNode::new(v))))
        .collect();
    for w in nodes.windows(2) {
        w[0].borrow_mut().next = Some(w[1].clone());
    }
    if pos >= 0 {
        if let Some(tail) = nodes.last() {
            tail.borrow_mut().next = Some(nodes[pos as usize].clone());
        }
    }
    Ok(nodes.into_iter().next())
}

/// The index of `node` in the list starting at `head` (by identity), if it
/// is one of its nodes.
pub fn index_of(head: &RcList, node: &Rc<RefCell<RcListNode>>, limit: usize) -> Option<usize> {
    let mut cur = head.clone();
    let mut i = 0;
    while let Some(n) = cur {
        if i == limit {
            return None;
        }
        if Rc::ptr_eq(&n, node) {
            return Some(i);
        }
        cur = n.borrow().next.clone();
        i += 1;
    }
    None
}
