// Values lie in -10^4..=10^4: count them in an array and walk it from the top.
impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        const OFFSET: i32 = 10_000;
        let mut count = vec![0i32; 2 * OFFSET as usize + 1];
        for &x in &nums {
            count[(x + OFFSET) as usize] += 1;
        }
        let mut k = k;
        for v in (0..count.len()).rev() {
            k -= count[v];
            if k <= 0 {
                return v as i32 - OFFSET;
            }
        }
        unreachable!()
    }
}
