// Kahn's algorithm with a min-heap: among the courses that can be taken,
// always take the lowest-numbered one. O(e + n log n); the order is the
// lexicographically smallest valid one, usually not the queue's.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut unlocks = vec![Vec::new(); n];
        let mut indegree = vec![0; n];
        for p in &prerequisites {
            unlocks[p[1] as usize].push(p[0] as usize);
            indegree[p[0] as usize] += 1;
        }
        let mut heap: BinaryHeap<Reverse<usize>> =
            (0..n).filter(|&c| indegree[c] == 0).map(Reverse).collect();
        let mut order = Vec::new();
        while let Some(Reverse(c)) = heap.pop() {
            order.push(c as i32);
            for &d in &unlocks[c] {
                indegree[d] -= 1;
                if indegree[d] == 0 {
                    heap.push(Reverse(d));
                }
            }
        }
        if order.len() == n { order } else { vec![] }
    }
}
