// Definition for a singly-linked list node with an extra `random` link
// (the judge supplies it; LeetCode has no Rust for this problem).
// pub struct RandomListNode {
//   pub val: i32,
//   pub next: Option<Rc<RefCell<RandomListNode>>>,
//   pub random: Option<Rc<RefCell<RandomListNode>>>,
// }
// 
// impl RandomListNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     RandomListNode {
//       val,
//       next: None,
//       random: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<RandomListNode>>>) -> Option<Rc<RefCell<RandomListNode>>> {
        
    }
}
