use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(
        head: Option<Rc<RefCell<RandomListNode>>>,
    ) -> Option<Rc<RefCell<RandomListNode>>> {
        // The `next` chain is copied node by node...
        let dummy = Rc::new(RefCell::new(RandomListNode::new(0)));
        let mut tail = dummy.clone();
        let mut cur = head;
        while let Some(node) = cur {
            let n = node.borrow();
            let copy = Rc::new(RefCell::new(RandomListNode::new(n.val)));
            // Mistake: ...but `random` is the original's handle, so it
            // points to a node of the original list, not to its copy.
            copy.borrow_mut().random = n.random.clone();
            tail.borrow_mut().next = Some(copy.clone());
            tail = copy;
            cur = n.next.clone();
        }
        let first = dummy.borrow().next.clone();
        first
    }
}
