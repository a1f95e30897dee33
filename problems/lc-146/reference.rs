use std::collections::HashMap;

// A node of the recency list; the list is circular through the sentinel in
// slot 0, most recently used first.
struct Node {
    key: i32,
    value: i32,
    prev: usize,
    next: usize,
}

struct LRUCache {
    capacity: usize,
    // Key -> slot of its node in `nodes`.
    slots: HashMap<i32, usize>,
    nodes: Vec<Node>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        let sentinel = Node { key: -1, value: -1, prev: 0, next: 0 };
        LRUCache {
            capacity: capacity as usize,
            slots: HashMap::with_capacity(capacity as usize),
            nodes: vec![sentinel],
        }
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.slots.get(&key) {
            Some(&slot) => {
                self.move_to_front(slot);
                self.nodes[slot].value
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(&slot) = self.slots.get(&key) {
            self.nodes[slot].value = value;
            self.move_to_front(slot);
            return;
        }
        let slot = if self.slots.len() == self.capacity {
            // Full: reuse the least recently used node, at the back.
            let lru = self.nodes[0].prev;
            self.unlink(lru);
            self.slots.remove(&self.nodes[lru].key);
            self.nodes[lru].key = key;
            self.nodes[lru].value = value;
            lru
        } else {
            self.nodes.push(Node { key, value, prev: 0, next: 0 });
            self.nodes.len() - 1
        };
        self.slots.insert(key, slot);
        self.push_front(slot);
    }

    fn unlink(&mut self, slot: usize) {
        let (prev, next) = (self.nodes[slot].prev, self.nodes[slot].next);
        self.nodes[prev].next = next;
        self.nodes[next].prev = prev;
    }

    fn push_front(&mut self, slot: usize) {
        let first = self.nodes[0].next;
        self.nodes[slot].prev = 0;
        self.nodes[slot].next = first;
        self.nodes[first].prev = slot;
        self.nodes[0].next = slot;
    }

    fn move_to_front(&mut self, slot: usize) {
        self.unlink(slot);
        self.push_front(slot);
    }
}
