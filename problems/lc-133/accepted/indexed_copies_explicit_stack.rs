// Values are 1..=100 and unique, so the copies live in a plain array indexed
// by value; an explicit stack replaces the recursion.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let start = node?;
        let mut copies: Vec<Option<Rc<RefCell<Node>>>> = vec![None; 101];
        let root_val = start.borrow().val as usize;
        copies[root_val] = Some(Rc::new(RefCell::new(Node::new(root_val as i32))));
        let mut stack = vec![start];
        while let Some(cur) = stack.pop() {
            let cur = cur.borrow();
            let mut list = Vec::with_capacity(cur.neighbors.len());
            for nb in &cur.neighbors {
                let v = nb.borrow().val as usize;
                if copies[v].is_none() {
                    copies[v] = Some(Rc::new(RefCell::new(Node::new(v as i32))));
                    stack.push(nb.clone());
                }
                list.push(copies[v].clone().unwrap());
            }
            copies[cur.val as usize].as_ref().unwrap().borrow_mut().neighbors = list;
        }
        copies[root_val].take()
    }
}
