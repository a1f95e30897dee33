use std::cell::RefCell;

thread_local! {
    // Mistake: "encode" keeps the list itself and "decode" hands it back.
    // It works when one program makes both calls, but the string carries
    // nothing: the decoding process has its own, empty, copy of LAST.
    static LAST: RefCell<Vec<String>> = RefCell::new(Vec::new());
}

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        LAST.with(|last| *last.borrow_mut() = strs);
        String::new()
    }

    fn decode(&self, _s: String) -> Vec<String> {
        LAST.with(|last| last.borrow_mut().split_off(0))
    }
}
