struct MinStack {
    items: Vec<i32>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { items: Vec::new() }
    }

    fn push(&mut self, val: i32) {
        self.items.push(val);
    }

    fn pop(&mut self) {
        self.items.pop();
    }

    fn top(&self) -> i32 {
        self.items[self.items.len() - 1]
    }

    // Look at every element.
    fn get_min(&self) -> i32 {
        let mut min = self.items[0];
        for &x in &self.items {
            if x < min {
                min = x;
            }
        }
        min
    }
}
