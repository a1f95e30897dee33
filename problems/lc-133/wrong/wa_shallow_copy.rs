use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        // Mistake: a new node for the start only; its neighbour list is a
        // copy of the original's handles, so it points into the old graph.
        let node = node?;
        let n = node.borrow();
        Some(Rc::new(RefCell::new(Node {
            val: n.val,
            neighbors: n.neighbors.clone(),
        })))
    }
}
