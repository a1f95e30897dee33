use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        node.map(|n| clone_node(&n))
    }
}

fn clone_node(node: &Rc<RefCell<Node>>) -> Rc<RefCell<Node>> {
    // Mistake: copies a tree, not a graph. Nothing remembers which nodes
    // were copied, and every edge is stored in both directions, so the
    // recursion goes 1 -> 2 -> 1 -> 2 ... making a new node each time: the
    // nodes and the frames together pass the 256 MB memory limit before the
    // stack is used up, so the judge reports MLE.
    let n = node.borrow();
    let copy = Rc::new(RefCell::new(Node::new(n.val)));
    for m in &n.neighbors {
        let c = clone_node(m);
        copy.borrow_mut().neighbors.push(c);
    }
    copy
}
