// Breadth-first: a copy is made when a node is first seen, and each node
// taken from the queue gets its copy's neighbour list filled in.
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let start = node?;
        let mut copies: HashMap<i32, Rc<RefCell<Node>>> = HashMap::new();
        let first = start.borrow().val;
        copies.insert(first, Rc::new(RefCell::new(Node::new(first))));
        let mut queue = VecDeque::new();
        queue.push_back(start);
        while let Some(cur) = queue.pop_front() {
            let cur = cur.borrow();
            let copy = copies[&cur.val].clone();
            for nb in &cur.neighbors {
                let v = nb.borrow().val;
                let nb_copy = copies
                    .entry(v)
                    .or_insert_with(|| {
                        queue.push_back(nb.clone());
                        Rc::new(RefCell::new(Node::new(v)))
                    })
                    .clone();
                copy.borrow_mut().neighbors.push(nb_copy);
            }
        }
        copies.remove(&first)
    }
}
