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
    // Slots of evicted nodes, for reuse.
    free: Vec<usize>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        let sentinel = Node { key: -1, value: -1, prev: 0, next: 0 };
        LRUCache {
            capacity: capacity as usize,
            slots: HashMap::with_capacity(capacity as usize),
            nodes: vec![sentinel],
            free: Vec::new(),
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
        // Mistake: evicts whenever the cache is full, before looking for the
        // key, so updating a key of a full cache throws out an innocent entry
        // (or the key itself, which then comes back as a new entry).
        if self.slots.len() == self.capacity {
            let lru = self.nodes[0].prev;
            self.unlink(lru);
            self.slots.remove(&self.nodes[lru].key);
            self.free.push(lru);
        }
        if let Some(&slot) = self.slots.get(&key) {
            self.nodes[slot].value = value;
            self.move_to_front(slot);
            return;
        }
        let slot = if let Some(slot) = self.free.pop() {
            self.nodes[slot].key = key;
            self.nodes[slot].value = value;
            slot
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
