// The table of running totals, offset by the sum, read at target + sum
// without first checking |target| <= sum: a target beyond the reachable
// range indexes outside the table ([1] with target 2 reads index 3 of 3).
impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        let sum: i32 = nums.iter().sum();
        let width = (2 * sum + 1) as usize;
        let mut row = vec![0i32; width];
        row[sum as usize] = 1;
        for &x in &nums {
            let x = x as usize;
            let mut next = vec![0i32; width];
            for t in 0..width {
                if t + x < width {
                    next[t + x] += row[t];
                }
                if t >= x {
                    next[t - x] += row[t];
                }
            }
            row = next;
        }
        row[(target + sum) as usize]
    }
}
