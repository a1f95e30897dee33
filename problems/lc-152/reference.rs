impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        // hi / lo: the largest and the smallest product of a subarray that
        // ends at the current element. A negative element swaps them.
        let mut hi = nums[0];
        let mut lo = nums[0];
        let mut best = nums[0];
        for &x in &nums[1..] {
            let (a, b) = (hi * x, lo * x);
            hi = x.max(a).max(b);
            lo = x.min(a).min(b);
            best = best.max(hi);
        }
        best
    }
}
