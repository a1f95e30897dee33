use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        // Mistake: cloning the `Rc` copies the handle, not the node. The
        // result is the original graph itself.
        node.clone()
    }
}
