use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

type NodeRef = Rc<RefCell<Node>>;

impl Solution {
    /// Depth-first copy; values are unique, so they key the map from
    /// original nodes to their copies. O(V + E).
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let mut copies = HashMap::new();
        node.map(|n| Self::copy(&n, &mut copies))
    }

    fn copy(node: &NodeRef, copies: &mut HashMap<i32, NodeRef>) -> NodeRef {
        let val = node.borrow().val;
        if let Some(done) = copies.get(&val) {
            return done.clone();
        }
        // Record the copy before visiting the neighbours: they lead back here.
        let copy = Rc::new(RefCell::new(Node::new(val)));
        copies.insert(val, copy.clone());
        let neighbors: Vec<NodeRef> = node
            .borrow()
            .neighbors
            .iter()
            .map(|m| Self::copy(m, copies))
            .collect();
        copy.borrow_mut().neighbors = neighbors;
        copy
    }
}
