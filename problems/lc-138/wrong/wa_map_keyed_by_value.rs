use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(
        head: Option<Rc<RefCell<RandomListNode>>>,
    ) -> Option<Rc<RefCell<RandomListNode>>> {
        // Mistake: the map from originals to copies is keyed by value, as in
        // Clone Graph, where values are unique. Here they repeat: all nodes
        // with value 3 share one entry, the last copy made, and every random
        // link to any of them goes there.
        let mut copies: HashMap<i32, Rc<RefCell<RandomListNode>>> = HashMap::new();
        let mut order = Vec::new();
        let mut cur = head.clone();
        while let Some(node) = cur {
            let val = node.borrow().val;
            let copy = Rc::new(RefCell::new(RandomListNode::new(val)));
            copies.insert(val, copy.clone());
            order.push((node.clone(), copy));
            cur = node.borrow().next.clone();
        }
        for (i, (node, copy)) in order.iter().enumerate() {
            let mut c = copy.borrow_mut();
            c.next = order.get(i + 1).map(|(_, next)| next.clone());
            c.random = node
                .borrow()
                .random
                .as_ref()
                .map(|r| copies[&r.borrow().val].clone());
        }
        order.first().map(|(_, copy)| copy.clone())
    }
}
