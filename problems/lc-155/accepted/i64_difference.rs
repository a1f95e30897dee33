// O(1) extra space beyond the stack: store each value as its difference
// from the minimum below it, in i64 so the difference cannot overflow. A
// negative difference marks a new minimum and tells how to undo it.
struct MinStack {
    diffs: Vec<i64>,
    min: i64,
}

impl MinStack {
    fn new() -> Self {
        MinStack { diffs: Vec::new(), min: 0 }
    }

    fn push(&mut self, val: i32) {
        let val = val as i64;
        if self.diffs.is_empty() {
            self.diffs.push(0);
            self.min = val;
        } else {
            self.diffs.push(val - self.min);
            self.min = self.min.min(val);
        }
    }

    fn pop(&mut self) {
        if let Some(d) = self.diffs.pop() {
            if d < 0 {
                self.min -= d;
            }
        }
    }

    fn top(&self) -> i32 {
        let d = *self.diffs.last().unwrap();
        (if d < 0 { self.min } else { self.min + d }) as i32
    }

    fn get_min(&self) -> i32 {
        self.min as i32
    }
}
