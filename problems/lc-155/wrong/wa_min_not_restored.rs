// Keeps a single `min` field, updated on push; when the minimum is popped
// nothing restores the previous minimum, so get_min goes on reporting a
// value that has left the stack.
struct MinStack {
    items: Vec<i32>,
    min: i32,
}

impl MinStack {
    fn new() -> Self {
        MinStack { items: Vec::new(), min: i32::MAX }
    }

    fn push(&mut self, val: i32) {
        self.items.push(val);
        self.min = self.min.min(val);
    }

    fn pop(&mut self) {
        self.items.pop();
    }

    fn top(&self) -> i32 {
        *self.items.last().unwrap()
    }

    fn get_min(&self) -> i32 {
        self.min
    }
}
