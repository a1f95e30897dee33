//! Graph nodes for problems LeetCode offers no Rust for (LC 133 Clone Graph):
//! a node with a value and shared neighbour handles, so that a graph with
//! cycles can be built. Tests give a graph as LeetCode does, as an adjacency
//! list: entry i lists the neighbours of the node with value i + 1.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// A graph node. No `Debug`: a graph has cycles, so a derived `Debug` would
/// never end.
#[repr(C)] // layout-identical to the glue's copy in the solution's crate
pub struct Node {
    pub val: i32,
    pub neighbors: Vec<Rc<RefCell<Node>>>,
}

impl Node {
    #[inline]
    pub fn new(val: i32) -> Self {
        Node {
            val,
            neighbors: Vec::new(),
        }
    }
}

pub type Graph = Option<Rc<RefCell<Node>>>;

/// Builds the graph and returns the node with value 1 (`None` when empty).
pub fn from_adjacency(adj: &[Vec<i32>]) -> Result<Graph, String> {
    let nodes: Vec<Rc<RefCell<Node>>> = (1..=adj.len() as i32)
        .map(|v| Rc::new(RefCell::new(Node::new(v))))
        .collect();
    for (i, list) in adj.iter().enumerate() {
        for &n in list {
            if n < 1 || n as usize > adj.len() {
                return Err(format!(
                    "node {} lists neighbour {n}, which is not a node (1..={})",
                    i + 1,
                    adj.len()
                ));
            }
            let neighbour = nodes[n as usize - 1].clone();
            nodes[i].borrow_mut().neighbors.push(neighbour);
        }
    }
    Ok(nodes.into_iter().next())
}

/// Every node reachable from `start`, in breadth-first order (at most `limit`).
pub fn reachable(start: &Graph, limit: usize) -> Vec<Rc<RefCell<Node>>> {
    let mut seen: HashSet<*const RefCell<Node>> = HashSet::new();
    let mut order = Vec::new();
    let mut queue = VecDeque::new();
    if let Some(s) = start {
        seen.insert(Rc::as_ptr(s));
        queue.push_back(s.clone());
    }
    while let Some(n) = queue.pop_front() {
        if order.len() == limit {
            break;
        }
        for m in &n.borrow().neighbors {
            if seen.insert(Rc::as_ptr(m)) {
                queue.push_back(m.clone());
            }
        }
        order.push(n);
    }
    order
}

/// Describes a returned copy as an adjacency list by value, or says why it
/// is not a faithful deep copy of `original` (shared nodes, repeated values).
pub fn describe_copy(original: &Graph, copy: &Graph) -> Result<Vec<Vec<i32>>, String> {
    const LIMIT: usize = 100_000;
    let originals: HashSet<*const RefCell<Node>> =
        reachable(original, LIMIT).iter().map(Rc::as_ptr).collect();
    let nodes = reachable(copy, LIMIT);
    let mut by_val: HashMap<i32, Vec<i32>> = HashMap::new();
    for n in &nodes {
        if originals.contains(&Rc::as_ptr(n)) {
            return Err(format!(
                "the copy contains node {} of the original graph, not a new node",
                n.borrow().val
            ));
        }
        let node = n.borrow();
        let neighbours = node.neighbors.iter().map(|m| m.borrow().val).collect();
        if by_val.insert(node.val, neighbours).is_some() {
            return Err(format!("the copy has two nodes with value {}", node.val));
        }
    }
    let n = by_val.len() as i32;
    let mut adj = Vec::with_capacity(by_val.len());
    for v in 1..=n {
        match by_val.remove(&v) {
            Some(list) => adj.push(list),
            None => return Err(format!("the copy has {n} nodes but none with value {v}")),
        }
    }
    Ok(adj)
}
