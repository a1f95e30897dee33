use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

impl Solution {
    /// Two passes: collect every original node (breadth first), make one
    /// copy per node, then wire each copy's neighbours by position.
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let start = node?;
        let mut originals = vec![start.clone()];
        let mut index = HashMap::from([(Rc::as_ptr(&start), 0usize)]);
        let mut queue = VecDeque::from([start]);
        while let Some(n) = queue.pop_front() {
            for m in &n.borrow().neighbors {
                if !index.contains_key(&Rc::as_ptr(m)) {
                    index.insert(Rc::as_ptr(m), originals.len());
                    originals.push(m.clone());
                    queue.push_back(m.clone());
                }
            }
        }
        let copies: Vec<Rc<RefCell<Node>>> = originals
            .iter()
            .map(|n| Rc::new(RefCell::new(Node::new(n.borrow().val))))
            .collect();
        for (original, copy) in originals.iter().zip(&copies) {
            for m in &original.borrow().neighbors {
                copy.borrow_mut().neighbors.push(copies[index[&Rc::as_ptr(m)]].clone());
            }
        }
        Some(copies[0].clone())
    }
}
