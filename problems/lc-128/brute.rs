impl Solution {
    pub fn longest_consecutive(nums: Vec<i32>) -> i32 {
        // From every value, count upwards while the next integer occurs
        // somewhere in the array (a linear search each time).
        let mut best = 0;
        for &x in &nums {
            let mut len: i64 = 1;
            while nums.iter().any(|&y| y as i64 == x as i64 + len) {
                len += 1;
            }
            best = best.max(len);
        }
        best as i32
    }
}
