struct MinStack {
    // Each element with the minimum of the stack from the bottom up to it.
    items: Vec<(i32, i32)>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { items: Vec::new() }
    }

    fn push(&mut self, val: i32) {
        let min = match self.items.last() {
            Some(&(_, below)) => below.min(val),
            None => val,
        };
        self.items.push((val, min));
    }

    fn pop(&mut self) {
        self.items.pop();
    }

    // The stack is never empty when `top` or `get_min` is called.
    fn top(&self) -> i32 {
        self.items.last().unwrap().0
    }

    fn get_min(&self) -> i32 {
        self.items.last().unwrap().1
    }
}
