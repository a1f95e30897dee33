use std::cell::RefCell;
use std::rc::Rc;

type Link = Option<Rc<RefCell<RandomListNode>>>;

impl Solution {
    /// The O(1)-space weave: A -> A' -> B -> B' -> ...
    pub fn copy_random_list(
        head: Option<Rc<RefCell<RandomListNode>>>,
    ) -> Option<Rc<RefCell<RandomListNode>>> {
        let mut cur = head.clone();
        while let Some(node) = cur {
            let next = node.borrow().next.clone();
            let copy = Rc::new(RefCell::new(RandomListNode::new(node.borrow().val)));
            copy.borrow_mut().next = next.clone();
            node.borrow_mut().next = Some(copy);
            cur = next;
        }
        let mut cur = head.clone();
        while let Some(node) = cur {
            let copy = node.borrow().next.clone().unwrap();
            let random: Link = node.borrow().random.clone();
            copy.borrow_mut().random = random.and_then(|r| r.borrow().next.clone());
            cur = copy.borrow().next.clone();
        }
        // Mistake: takes the copies out of the weave but leaves every
        // original `next` pointing at its copy: the original list is
        // changed (LeetCode: "Next pointer of node with label 7 from the
        // original list was modified").
        let first = head.as_ref().and_then(|h| h.borrow().next.clone());
        let mut copy = first.clone();
        while let Some(c) = copy {
            let after = c
                .borrow()
                .next
                .clone()
                .and_then(|orig| orig.borrow().next.clone());
            c.borrow_mut().next = after.clone();
            copy = after;
        }
        first
    }
}
