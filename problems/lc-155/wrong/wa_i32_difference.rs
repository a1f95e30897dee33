// The O(1)-space trick of storing each value as its difference from the
// minimum, but in i32: with values near both ends of the range the
// difference wraps around and its sign, which the trick relies on, is wrong.
struct MinStack {
    diffs: Vec<i32>,
    min: i32,
}

impl MinStack {
    fn new() -> Self {
        MinStack { diffs: Vec::new(), min: 0 }
    }

    fn push(&mut self, val: i32) {
        if self.diffs.is_empty() {
            self.diffs.push(0);
            self.min = val;
        } else {
            self.diffs.push(val.wrapping_sub(self.min));
            if val < self.min {
                self.min = val;
            }
        }
    }

    fn pop(&mut self) {
        let d = self.diffs.pop().unwrap();
        if d < 0 {
            // This element was the minimum; the previous one was min - d.
            self.min = self.min.wrapping_sub(d);
        }
    }

    fn top(&self) -> i32 {
        let d = *self.diffs.last().unwrap();
        if d < 0 { self.min } else { self.min.wrapping_add(d) }
    }

    fn get_min(&self) -> i32 {
        self.min
    }
}
