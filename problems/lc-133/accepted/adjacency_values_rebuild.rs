// Two phases: read the graph into a BTreeMap from each value to its
// neighbours' values (depth-first, recursive), then make one node per value
// and wire the copies from the map.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        fn read(n: &Rc<RefCell<Node>>, adj: &mut BTreeMap<i32, Vec<i32>>) {
            let val = n.borrow().val;
            if adj.contains_key(&val) {
                return;
            }
            let nbrs: Vec<Rc<RefCell<Node>>> = n.borrow().neighbors.clone();
            adj.insert(val, nbrs.iter().map(|m| m.borrow().val).collect());
            for m in &nbrs {
                read(m, adj);
            }
        }
        let start = node?;
        let mut adj = BTreeMap::new();
        read(&start, &mut adj);
        let copies: BTreeMap<i32, Rc<RefCell<Node>>> = adj
            .keys()
            .map(|&v| (v, Rc::new(RefCell::new(Node::new(v)))))
            .collect();
        for (v, nbrs) in &adj {
            let list: Vec<Rc<RefCell<Node>>> = nbrs.iter().map(|w| copies[w].clone()).collect();
            copies[v].borrow_mut().neighbors = list;
        }
        let first = start.borrow().val;
        Some(copies[&first].clone())
    }
}
