use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    /// By positions: list the original nodes, find each random target's
    /// position by a linear search (O(n^2)), make one copy per position and
    /// link the copies by those positions.
    pub fn copy_random_list(
        head: Option<Rc<RefCell<RandomListNode>>>,
    ) -> Option<Rc<RefCell<RandomListNode>>> {
        let mut originals = Vec::new();
        let mut cur = head;
        while let Some(node) = cur {
            cur = node.borrow().next.clone();
            originals.push(node);
        }
        let copies: Vec<Rc<RefCell<RandomListNode>>> = originals
            .iter()
            .map(|n| Rc::new(RefCell::new(RandomListNode::new(n.borrow().val))))
            .collect();
        for (i, original) in originals.iter().enumerate() {
            let random = original.borrow().random.clone();
            let target = random.map(|r| originals.iter().position(|m| Rc::ptr_eq(m, &r)).unwrap());
            let mut copy = copies[i].borrow_mut();
            copy.next = copies.get(i + 1).cloned();
            copy.random = target.map(|j| copies[j].clone());
        }
        copies.first().cloned()
    }
}
