// The slowest approach LeetCode accepts here: recursively split the range;
// each half's answers are the other half's product times the product of
// everything outside the range. O(n log n).
impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        fn product(v: &[i32]) -> i32 {
            v.iter().fold(1i32, |p, &x| p.wrapping_mul(x))
        }
        fn solve(v: &[i32], outside: i32, out: &mut Vec<i32>) {
            if v.len() == 1 {
                out.push(outside);
                return;
            }
            let (l, r) = v.split_at(v.len() / 2);
            solve(l, outside.wrapping_mul(product(r)), out);
            solve(r, outside.wrapping_mul(product(l)), out);
        }
        let mut out = Vec::with_capacity(nums.len());
        solve(&nums, 1, &mut out);
        out
    }
}
