use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

type NodeRef = Rc<RefCell<RandomListNode>>;

impl Solution {
    pub fn copy_random_list(
        head: Option<Rc<RefCell<RandomListNode>>>,
    ) -> Option<Rc<RefCell<RandomListNode>>> {
        let head = head?;
        let mut copies: HashMap<*const RefCell<RandomListNode>, NodeRef> = HashMap::new();
        // Mistake: the loop runs "while there is a next node", one node too
        // few: the tail is never copied, so the copy is a node short and
        // random links to the tail are lost.
        let mut cur = head.clone();
        loop {
            let next = cur.borrow().next.clone();
            let Some(next) = next else { break };
            let copy = Rc::new(RefCell::new(RandomListNode::new(cur.borrow().val)));
            copies.insert(Rc::as_ptr(&cur), copy);
            cur = next;
        }
        let copy_of = |link: &Option<NodeRef>| {
            link.as_ref()
                .and_then(|n| copies.get(&Rc::as_ptr(n)).cloned())
        };
        let mut cur = Some(head.clone());
        while let Some(node) = cur {
            let n = node.borrow();
            if let Some(copy) = copies.get(&Rc::as_ptr(&node)) {
                let mut c = copy.borrow_mut();
                c.next = copy_of(&n.next);
                c.random = copy_of(&n.random);
            }
            cur = n.next.clone();
        }
        copies.get(&Rc::as_ptr(&head)).cloned()
    }
}
