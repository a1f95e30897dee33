use std::cell::RefCell;
use std::rc::Rc;

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
            let mut c = copy.borrow_mut();
            c.random = node
                .borrow()
                .random
                .as_ref()
                .and_then(|r| r.borrow().next.clone());
            // Mistake: `c` keeps the copy mutably borrowed until the end of
            // the loop body, so borrowing it again to step on panics with
            // "already mutably borrowed" (a RefCell checks at run time what
            // the compiler checks for plain references). `c.next` was meant.
            cur = copy.borrow().next.clone();
        }
        let mut result = None;
        let mut tail: Option<Rc<RefCell<RandomListNode>>> = None;
        let mut cur = head;
        while let Some(node) = cur {
            let copy = node.borrow().next.clone().unwrap();
            let after = copy.borrow().next.clone();
            node.borrow_mut().next = after.clone();
            match &tail {
                None => result = Some(copy.clone()),
                Some(t) => t.borrow_mut().next = Some(copy.clone()),
            }
            copy.borrow_mut().next = None;
            tail = Some(copy);
            cur = after;
        }
        result
    }
}
