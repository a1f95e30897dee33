use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

type NodeRef = Rc<RefCell<RandomListNode>>;

impl Solution {
    /// Two passes with a map from each original node (by address: values
    /// repeat) to its copy: the first creates the copies, the second links
    /// them. O(n) time and O(n) extra space.
    pub fn copy_random_list(
        head: Option<Rc<RefCell<RandomListNode>>>,
    ) -> Option<Rc<RefCell<RandomListNode>>> {
        let mut copies: HashMap<*const RefCell<RandomListNode>, NodeRef> = HashMap::new();
        let mut cur = head.clone();
        while let Some(node) = cur {
            let copy = Rc::new(RefCell::new(RandomListNode::new(node.borrow().val)));
            copies.insert(Rc::as_ptr(&node), copy);
            cur = node.borrow().next.clone();
        }
        let copy_of =
            |link: &Option<NodeRef>| link.as_ref().map(|n| copies[&Rc::as_ptr(n)].clone());
        let mut cur = head.clone();
        while let Some(node) = cur {
            let original = node.borrow();
            let mut copy = copies[&Rc::as_ptr(&node)].borrow_mut();
            copy.next = copy_of(&original.next);
            copy.random = copy_of(&original.random);
            drop(copy);
            cur = original.next.clone();
        }
        head.map(|h| copies[&Rc::as_ptr(&h)].clone())
    }
}
