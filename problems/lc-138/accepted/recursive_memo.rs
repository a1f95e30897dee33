use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

type NodeRef = Rc<RefCell<RandomListNode>>;
type Memo = HashMap<*const RefCell<RandomListNode>, NodeRef>;

impl Solution {
    /// Recursive: the copy of a node is its memoised copy, or a new node
    /// (recorded before recursing) whose `next` and `random` are the copies
    /// of the original's. Recursion depth is at most the list's length.
    pub fn copy_random_list(
        head: Option<Rc<RefCell<RandomListNode>>>,
    ) -> Option<Rc<RefCell<RandomListNode>>> {
        let mut memo = Memo::new();
        head.map(|h| copy(&h, &mut memo))
    }
}

fn copy(node: &NodeRef, memo: &mut Memo) -> NodeRef {
    if let Some(done) = memo.get(&Rc::as_ptr(node)) {
        return done.clone();
    }
    let n = node.borrow();
    let c = Rc::new(RefCell::new(RandomListNode::new(n.val)));
    memo.insert(Rc::as_ptr(node), c.clone());
    let next = n.next.as_ref().map(|m| copy(m, memo));
    let random = n.random.as_ref().map(|m| copy(m, memo));
    {
        let mut cm = c.borrow_mut();
        cm.next = next;
        cm.random = random;
    }
    c
}
