use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
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
            // Mistake: assumes every node has a random target; the first
            // node of example 1 has none, and unwrap panics.
            let random = node.borrow().random.clone().unwrap();
            copy.borrow_mut().random = random.borrow().next.clone();
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
