// Definition for a singly-linked list node whose `next` can point back
// into the list (the judge supplies it; LeetCode has no Rust for this problem).
// pub struct RcListNode {
//   pub val: i32,
//   pub next: Option<Rc<RefCell<RcListNode>>>,
// }
// 
// impl RcListNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     RcListNode {
//       val,
//       next: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<RcListNode>>>) -> bool {
        
    }
}
