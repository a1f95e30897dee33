// A plain stack plus an ordered multiset (value -> count) of its elements:
// O(log n) per operation.
use std::collections::BTreeMap;

struct MinStack {
    items: Vec<i32>,
    counts: BTreeMap<i32, usize>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { items: Vec::new(), counts: BTreeMap::new() }
    }

    fn push(&mut self, val: i32) {
        self.items.push(val);
        *self.counts.entry(val).or_insert(0) += 1;
    }

    fn pop(&mut self) {
        if let Some(v) = self.items.pop() {
            let c = self.counts.get_mut(&v).unwrap();
            *c -= 1;
            if *c == 0 {
                self.counts.remove(&v);
            }
        }
    }

    fn top(&self) -> i32 {
        *self.items.last().unwrap()
    }

    fn get_min(&self) -> i32 {
        *self.counts.keys().next().unwrap()
    }
}
