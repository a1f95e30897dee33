// The slowest approach LeetCode accepts: a plain stack, and get_min scans
// all of it. O(n) per get_min, about 2.3 * 10^8 element reads at most here.
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
        *self.items.last().unwrap()
    }

    fn get_min(&self) -> i32 {
        *self.items.iter().min().unwrap()
    }
}
