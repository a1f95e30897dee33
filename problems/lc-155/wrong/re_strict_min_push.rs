// A second stack of minimums, pushed only when a value is strictly below
// the current minimum but popped whenever the popped value equals it. A
// minimum pushed twice is recorded once and removed by the first pop: after
// push 0, push 0, pop the minimum stack is empty and get_min panics.
struct MinStack {
    items: Vec<i32>,
    mins: Vec<i32>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { items: Vec::new(), mins: Vec::new() }
    }

    fn push(&mut self, val: i32) {
        self.items.push(val);
        if self.mins.is_empty() || val < *self.mins.last().unwrap() {
            self.mins.push(val);
        }
    }

    fn pop(&mut self) {
        let v = self.items.pop().unwrap();
        if v == *self.mins.last().unwrap() {
            self.mins.pop();
        }
    }

    fn top(&self) -> i32 {
        *self.items.last().unwrap()
    }

    fn get_min(&self) -> i32 {
        *self.mins.last().unwrap()
    }
}
