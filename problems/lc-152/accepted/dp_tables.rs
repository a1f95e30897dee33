// The same recurrence as the two-variable scan, written with two full tables:
// most[i] and least[i] are the largest and the smallest product of a subarray
// ending at i.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut most = vec![0i64; n];
        let mut least = vec![0i64; n];
        most[0] = nums[0] as i64;
        least[0] = nums[0] as i64;
        for i in 1..n {
            let x = nums[i] as i64;
            let candidates = [x, x * most[i - 1], x * least[i - 1]];
            most[i] = *candidates.iter().max().unwrap();
            least[i] = *candidates.iter().min().unwrap();
        }
        *most.iter().max().unwrap() as i32
    }
}
