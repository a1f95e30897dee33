impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        // Try every candidate 0..=n and return the first one not in the array.
        let n = nums.len() as i32;
        (0..=n).find(|k| !nums.contains(k)).unwrap()
    }
}
