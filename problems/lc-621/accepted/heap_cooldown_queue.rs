use std::collections::{BinaryHeap, VecDeque};

// Simulation one time slot at a time: a max-heap of the remaining counts of
// the letters that may run, and a queue of (slot it may run again, count)
// for those cooling down. O(answer * log 26); the answer is at most about
// 10^6 slots here.
impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut counts = [0i32; 26];
        for t in tasks {
            counts[(t as u8 - b'A') as usize] += 1;
        }
        let mut heap: BinaryHeap<i32> = counts.iter().copied().filter(|&c| c > 0).collect();
        let mut cooling: VecDeque<(i32, i32)> = VecDeque::new();
        let mut time = 0;
        while !heap.is_empty() || !cooling.is_empty() {
            time += 1;
            if let Some(c) = heap.pop() {
                if c > 1 {
                    cooling.push_back((time + n, c - 1));
                }
            }
            if let Some(&(ready, c)) = cooling.front() {
                if ready == time {
                    cooling.pop_front();
                    heap.push(c);
                }
            }
        }
        time
    }
}
