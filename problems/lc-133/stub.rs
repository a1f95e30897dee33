// Definition for a graph node (the judge supplies it; LeetCode has no Rust
// for this problem).
// pub struct Node {
//   pub val: i32,
//   pub neighbors: Vec<Rc<RefCell<Node>>>,
// }
// 
// impl Node {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     Node {
//       val,
//       neighbors: Vec::new()
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        
    }
}
