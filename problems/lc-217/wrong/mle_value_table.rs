// Marks each value in a table indexed by value, one flag for every possible
// value from -10^9 to 10^9: 2 * 10^9 bytes, far over the memory limit.
impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        const OFFSET: i64 = 1_000_000_000;
        let mut seen = vec![false; 2 * OFFSET as usize + 1];
        for x in nums {
            let i = (x as i64 + OFFSET) as usize;
            if seen[i] {
                return true;
            }
            seen[i] = true;
        }
        false
    }
}
