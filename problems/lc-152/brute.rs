impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        // Every subarray, its product computed from scratch (in i64 to be safe).
        let n = nums.len();
        let mut best = i64::MIN;
        for i in 0..n {
            for j in i..n {
                let p: i64 = nums[i..=j].iter().map(|&x| x as i64).product();
                best = best.max(p);
            }
        }
        best as i32
    }
}
