use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let mut visited = HashSet::new();
        node.map(|n| clone_node(&n, &mut visited))
    }
}

fn clone_node(node: &Rc<RefCell<Node>>, visited: &mut HashSet<i32>) -> Rc<RefCell<Node>> {
    let val = node.borrow().val;
    visited.insert(val);
    let copy = Rc::new(RefCell::new(Node::new(val)));
    for m in &node.borrow().neighbors {
        // Mistake: a visited set stops the endless walk round cycles, but
        // it only says "skip": there is no map to the existing copy, so
        // every edge to an already visited node is dropped. The result is
        // a spanning tree with one-way edges, not the graph.
        if visited.contains(&m.borrow().val) {
            continue;
        }
        let c = clone_node(m, visited);
        copy.borrow_mut().neighbors.push(c);
    }
    copy
}
