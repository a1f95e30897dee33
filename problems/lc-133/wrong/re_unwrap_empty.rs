use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        // Mistake: forgets that the graph may be empty (node = None).
        let start = node.unwrap();
        let mut copies = HashMap::new();
        Some(copy(&start, &mut copies))
    }
}

fn copy(node: &Rc<RefCell<Node>>, copies: &mut HashMap<i32, Rc<RefCell<Node>>>) -> Rc<RefCell<Node>> {
    let val = node.borrow().val;
    if let Some(c) = copies.get(&val) {
        return c.clone();
    }
    let c = Rc::new(RefCell::new(Node::new(val)));
    copies.insert(val, c.clone());
    for m in &node.borrow().neighbors {
        let mc = copy(m, copies);
        c.borrow_mut().neighbors.push(mc);
    }
    c
}
