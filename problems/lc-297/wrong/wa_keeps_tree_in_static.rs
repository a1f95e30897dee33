use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    // Mistake: "serialize" stashes the tree itself and "deserialize" hands
    // it back. It passes a test that uses one object for both calls in one
    // process, but the result is the original tree, not a rebuilt one, and
    // the string carries no information at all.
    static LAST: RefCell<Option<Rc<RefCell<TreeNode>>>> = RefCell::new(None);
}

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        LAST.with(|last| *last.borrow_mut() = root);
        "stored".to_string()
    }

    fn deserialize(&self, _data: String) -> Option<Rc<RefCell<TreeNode>>> {
        LAST.with(|last| last.borrow_mut().take())
    }
}
