// Kadane's algorithm carried over from sums: keeps only the largest product
// ending here. It forgets the most negative product, which one more negative
// number would turn into the best: [-2,3,-4] gives 3 instead of 24.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let mut cur = nums[0];
        let mut best = nums[0];
        for &x in &nums[1..] {
            cur = x.max(cur * x);
            best = best.max(cur);
        }
        best
    }
}
