use std::cell::RefCell;
use std::rc::Rc;

type Link = Option<Rc<RefCell<RandomListNode>>>;

impl Solution {
    /// O(1) extra space: weave each copy in right after its original
    /// (A -> A' -> B -> B' -> ...), so that the copy of any node X is
    /// X.next; set every copy's random from that; then unweave, restoring
    /// the original `next` links.
    pub fn copy_random_list(
        head: Option<Rc<RefCell<RandomListNode>>>,
    ) -> Option<Rc<RefCell<RandomListNode>>> {
        let next_of = |link: &Link| link.as_ref().and_then(|n| n.borrow().next.clone());

        // 1. A -> A' -> B -> B' -> ...
        let mut cur = head.clone();
        while let Some(node) = cur {
            let after = node.borrow().next.clone();
            let copy = Rc::new(RefCell::new(RandomListNode::new(node.borrow().val)));
            copy.borrow_mut().next = after.clone();
            node.borrow_mut().next = Some(copy);
            cur = after;
        }

        // 2. A'.random = A.random.next (the copy of A's random target).
        let mut cur = head.clone();
        while let Some(node) = cur {
            let copy = node.borrow().next.clone().expect("woven in step 1");
            let random = node.borrow().random.clone();
            copy.borrow_mut().random = next_of(&random);
            cur = copy.borrow().next.clone();
        }

        // 3. Unweave: A -> B -> ... and A' -> B' -> ...
        let copy_head = next_of(&head);
        let mut cur = head;
        while let Some(node) = cur {
            let copy = node.borrow().next.clone().expect("woven in step 1");
            let after = copy.borrow().next.clone();
            copy.borrow_mut().next = next_of(&after);
            node.borrow_mut().next = after.clone();
            cur = after;
        }
        copy_head
    }
}
