// Keeps LeetCode's `&self` signatures and puts the data in RefCells: a
// stack of values and a stack of minimums, pushed when a value is at or
// below the current minimum (so repeated minimums are kept).
use std::cell::RefCell;

struct MinStack {
    items: RefCell<Vec<i32>>,
    mins: RefCell<Vec<i32>>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { items: RefCell::new(Vec::new()), mins: RefCell::new(Vec::new()) }
    }

    fn push(&self, val: i32) {
        self.items.borrow_mut().push(val);
        let mut mins = self.mins.borrow_mut();
        if mins.last().map_or(true, |&m| val <= m) {
            mins.push(val);
        }
    }

    fn pop(&self) {
        let v = self.items.borrow_mut().pop();
        let mut mins = self.mins.borrow_mut();
        if v == mins.last().copied() {
            mins.pop();
        }
    }

    fn top(&self) -> i32 {
        *self.items.borrow().last().unwrap()
    }

    fn get_min(&self) -> i32 {
        *self.mins.borrow().last().unwrap()
    }
}
