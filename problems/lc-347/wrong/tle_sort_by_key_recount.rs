// Sorts the distinct values by their count with `sort_by_key`, counting in
// the key closure. `sort_by_key` calls the closure on every comparison, not
// once per value, so each of the O(d log d) comparisons rescans all n
// elements: about 6 * 10^10 steps when n = 10^5 and d = 20001.
use std::cmp::Reverse;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut distinct = nums.clone();
        distinct.sort_unstable();
        distinct.dedup();
        distinct.sort_by_key(|&x| Reverse(nums.iter().filter(|&&y| y == x).count()));
        distinct.truncate(k as usize);
        distinct
    }
}
