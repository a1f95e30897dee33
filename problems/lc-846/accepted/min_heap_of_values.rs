use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // A min-heap of the distinct values with a count per value. The top
        // of the heap starts a group; a value whose count reaches zero must
        // be the top (otherwise a smaller value is still waiting and could
        // never complete its group) and is popped.
        if hand.len() % group_size as usize != 0 {
            return false;
        }
        let mut count: HashMap<i32, i32> = HashMap::new();
        for &c in &hand {
            *count.entry(c).or_insert(0) += 1;
        }
        let mut heap: BinaryHeap<Reverse<i32>> = count.keys().map(|&v| Reverse(v)).collect();
        while let Some(&Reverse(low)) = heap.peek() {
            for v in low..low + group_size {
                let Some(c) = count.get_mut(&v) else {
                    return false;
                };
                if *c == 0 {
                    return false;
                }
                *c -= 1;
                if *c == 0 {
                    if heap.peek() != Some(&Reverse(v)) {
                        return false;
                    }
                    heap.pop();
                }
            }
        }
        true
    }
}
