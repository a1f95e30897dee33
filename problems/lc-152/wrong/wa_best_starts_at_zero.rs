// Starts the answer at 0, as if the empty subarray were allowed. When every
// subarray product is negative, e.g. [-2], it returns 0 instead of -2.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let (mut hi, mut lo, mut best) = (1i32, 1i32, 0i32);
        for &x in &nums {
            let (a, b) = (hi * x, lo * x);
            hi = x.max(a).max(b);
            lo = x.min(a).min(b);
            best = best.max(hi);
        }
        best
    }
}
