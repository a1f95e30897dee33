// Keeps the window as a multiset (value -> count) in a BTreeMap: the largest
// key is the window's maximum. O(n log k).
use std::collections::BTreeMap;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut window: BTreeMap<i32, usize> = BTreeMap::new();
        let mut result = Vec::new();
        for i in 0..nums.len() {
            *window.entry(nums[i]).or_insert(0) += 1;
            if i >= k {
                let out = nums[i - k];
                let c = window.get_mut(&out).unwrap();
                *c -= 1;
                if *c == 0 {
                    window.remove(&out);
                }
            }
            if i + 1 >= k {
                result.push(*window.keys().next_back().unwrap());
            }
        }
        result
    }
}
