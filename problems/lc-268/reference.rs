impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        // XOR of all of 0..=n and all values: every present number appears
        // twice and cancels; the missing one is left.
        let n = nums.len() as i32;
        nums.iter()
            .enumerate()
            .fold(n, |acc, (i, &x)| acc ^ i as i32 ^ x)
    }
}
