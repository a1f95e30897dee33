// The textbook table: can[i][s] = some subset of the first i numbers sums to
// s. Row i copies row i - 1 and adds the sums that use nums[i - 1].
impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        let total: i32 = nums.iter().sum();
        if total % 2 != 0 {
            return false;
        }
        let half = (total / 2) as usize;
        let n = nums.len();
        let mut can = vec![vec![false; half + 1]; n + 1];
        can[0][0] = true;
        for i in 1..=n {
            let x = nums[i - 1] as usize;
            for s in 0..=half {
                can[i][s] = can[i - 1][s] || (s >= x && can[i - 1][s - x]);
            }
        }
        can[n][half]
    }
}
