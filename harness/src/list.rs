//! LeetCode's singly linked list node, field for field.

// Definition exactly as LeetCode shows it in its Rust stubs.
#[derive(PartialEq, Eq, Clone, Debug)]
#[repr(C)] // layout-identical to the glue's copy in the solution's crate
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}

/// Builds a list from its values, front to back.
pub fn from_values(values: &[i32]) -> Option<Box<ListNode>> {
    let mut head = None;
    for &val in values.iter().rev() {
        head = Some(Box::new(ListNode { val, next: head }));
    }
    head
}

/// The values of a list, front to back. Stops after `limit` nodes so that a
/// list a solution corrupted cannot make the judge loop.
pub fn to_values(head: &Option<Box<ListNode>>, limit: usize) -> (Vec<i32>, bool) {
    let mut out = Vec::new();
    let mut cur = head.as_deref();
    while let Some(node) = cur {
        if out.len() == limit {
            return (out, true);
        }
        out.push(node.val);
        cur = node.next.as_deref();
    }
    (out, false)
}

/// Drops a list iteratively: the derived drop recurses once per node.
pub fn drop_iteratively(mut head: Option<Box<ListNode>>) {
    while let Some(mut node) = head {
        head = node.next.take();
    }
}
