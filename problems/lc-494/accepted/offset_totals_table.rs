// Counts the sign choices reaching each running total in -sum..=sum, stored
// at index total + sum, one row per number.
impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        let sum: i32 = nums.iter().sum();
        if target.abs() > sum {
            return 0;
        }
        let width = (2 * sum + 1) as usize;
        let mut row = vec![0i32; width];
        row[sum as usize] = 1;
        for &x in &nums {
            let x = x as usize;
            let mut next = vec![0i32; width];
            for t in 0..width {
                if row[t] == 0 {
                    continue;
                }
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
