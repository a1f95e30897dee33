//! List nodes with a second link, `random`, that may point at any node of
//! the list or at none (LC 138 Copy List with Random Pointer). LeetCode
//! offers no Rust for that problem: several nodes can be the `random` target
//! of others, so a node has several owners, which `Option<Box<ListNode>>`
//! cannot express. Tests give a list as LeetCode does, as `[val,
//! random_index]` pairs: `[[7,null],[13,0]]`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A list node with shared `next` and `random` handles. No `Debug`: a
/// `random` link can point back up the list, so a derived `Debug` would
/// never end.
#[repr(C)] // layout-identical to the glue's copy in the solution's crate
pub struct RandomListNode {
    pub val: i32,
    pub next: Option<Rc<RefCell<RandomListNode>>>,
    pub random: Option<Rc<RefCell<RandomListNode>>>,
}

impl RandomListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        RandomListNode {
            val,
            next: None,
            random: None,
        }
    }
}

pub type RandomList = Option<Rc<RefCell<RandomListNode>>>;

type NodeRef = Rc<RefCell<RandomListNode>>;

/// Builds the list: node `i` gets value `pairs[i].0`, and its `random`
/// points at node `pairs[i].1` (an index into the list) or is `None`.
pub fn from_pairs(pairs: &[(i32, Option<i64>)]) -> Result<RandomList, String> {
    let nodes: Vec<NodeRef> = pairs
        .iter()
        .map(|&(v, _)| Rc::new(RefCell::new(RandomListNode::new(v))))
        .collect();
    for (i, &(_, random)) in pairs.iter().enumerate() {
        let mut node = nodes[i].borrow_mut();
        node.next = nodes.get(i + 1).cloned();
        if let Some(r) = random {
            let target = usize::try_from(r).ok().and_then(|r| nodes.get(r));
            match target {
                Some(t) => node.random = Some(t.clone()),
                None => {
                    return Err(format!(
                        "node {i}: random index {r} is not an index of the {} nodes",
                        nodes.len()
                    ));
                }
            }
        }
    }
    Ok(nodes.into_iter().next())
}

/// The nodes of a list (following `next` from `head`, stopping at the first
/// node seen twice) and a map from each node to its index.
fn walk(head: &RandomList) -> (Vec<NodeRef>, HashMap<*const RefCell<RandomListNode>, usize>) {
    let mut nodes = Vec::new();
    let mut index = HashMap::new();
    let mut cur = head.clone();
    while let Some(n) = cur {
        if index.contains_key(&Rc::as_ptr(&n)) {
            break;
        }
        index.insert(Rc::as_ptr(&n), nodes.len());
        cur = n.borrow().next.clone();
        nodes.push(n);
    }
    (nodes, index)
}

/// A list as it was given to the solution: its nodes, and every node's
/// value and `random` index, to check afterwards that the solution left the
/// original list as it found it.
pub struct Snapshot {
    nodes: Vec<NodeRef>,
    index: HashMap<*const RefCell<RandomListNode>, usize>,
    pairs: Vec<(i32, Option<usize>)>,
}

impl Snapshot {
    pub fn of(head: &RandomList) -> Snapshot {
        let (nodes, index) = walk(head);
        let pairs = describe(&nodes, &index);
        Snapshot {
            nodes,
            index,
            pairs,
        }
    }
}

/// `[val, random index]` of every node; a `random` outside `index` is
/// reported as `None` (callers check for that first).
fn describe(
    nodes: &[NodeRef],
    index: &HashMap<*const RefCell<RandomListNode>, usize>,
) -> Vec<(i32, Option<usize>)> {
    nodes
        .iter()
        .map(|n| {
            let n = n.borrow();
            let random = n
                .random
                .as_ref()
                .and_then(|r| index.get(&Rc::as_ptr(r)).copied());
            (n.val, random)
        })
        .collect()
}

/// Describes a returned copy as `[val, random index]` pairs, or says why it
/// is not a deep copy of `original`: a node of the original in the copy, a
/// `random` pointing outside the copy, `next` links that loop, or an
/// original list the solution changed (the messages LeetCode's own judge
/// gives for these mistakes, in its words: "Node with label 7 was not copied
/// but a reference to the original one", "Next pointer of node with label 7
/// from the original list was modified").
pub fn describe_copy(
    original: &Snapshot,
    copy: &RandomList,
) -> Result<Vec<(i32, Option<usize>)>, String> {
    let (nodes, index) = walk(copy);
    for (i, n) in nodes.iter().enumerate() {
        if let Some(j) = original.index.get(&Rc::as_ptr(n)) {
            return Err(format!(
                "node {i} of the copy (value {}) is node {j} of the original list, not a new node",
                n.borrow().val
            ));
        }
    }
    if let Some(last) = nodes.last() {
        if let Some(next) = &last.borrow().next {
            let k = index.get(&Rc::as_ptr(next)).copied().unwrap_or_default();
            return Err(format!(
                "the copy's next pointers go round in a loop, back to its node {k}"
            ));
        }
    }
    for (i, n) in nodes.iter().enumerate() {
        let n = n.borrow();
        let Some(r) = &n.random else { continue };
        if index.contains_key(&Rc::as_ptr(r)) {
            continue;
        }
        return Err(match original.index.get(&Rc::as_ptr(r)) {
            Some(j) => format!(
                "the random pointer of node {i} of the copy points to node {j} of the original list"
            ),
            None => format!(
                "the random pointer of node {i} of the copy points to a node that is not in the copy"
            ),
        });
    }
    check_unchanged(original)?;
    Ok(describe(&nodes, &index))
}

/// Whether every node of the original list still has its value, its `next`
/// and its `random` (by identity).
fn check_unchanged(original: &Snapshot) -> Result<(), String> {
    for (i, n) in original.nodes.iter().enumerate() {
        let node = n.borrow();
        let (val, random) = original.pairs[i];
        let changed = if node.val != val {
            "value"
        } else if !same(&node.next, original.nodes.get(i + 1)) {
            "next pointer"
        } else if !same(&node.random, random.map(|r| &original.nodes[r])) {
            "random pointer"
        } else {
            continue;
        };
        return Err(format!(
            "the {changed} of node {i} (value {val}) of the original list was modified"
        ));
    }
    Ok(())
}

fn same(link: &RandomList, expected: Option<&NodeRef>) -> bool {
    match (link, expected) {
        (None, None) => true,
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        _ => false,
    }
}
