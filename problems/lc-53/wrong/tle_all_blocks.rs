// Tries every start and extends the block one element at a time: correct,
// but quadratic, about 5 * 10^9 additions for 10^5 numbers.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let mut best = i32::MIN;
        for i in 0..nums.len() {
            let mut sum = 0;
            for j in i..nums.len() {
                sum += nums[j];
                if sum > best {
                    best = sum;
                }
            }
        }
        best
    }
}
