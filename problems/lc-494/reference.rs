impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        // With P the numbers given a plus sign: sum(P) - (total - sum(P)) =
        // target, so sum(P) = (total + target) / 2. Count those subsets.
        let total: i32 = nums.iter().sum();
        if target.abs() > total || (total + target) % 2 != 0 {
            return 0;
        }
        let want = ((total + target) / 2) as usize;
        let mut ways = vec![0i32; want + 1];
        ways[0] = 1;
        for &x in &nums {
            let x = x as usize;
            // High to low: each number is used at most once. For x = 0 this
            // doubles every count, one for each sign of the zero.
            for s in (x..=want).rev() {
                ways[s] += ways[s - x];
            }
        }
        ways[want]
    }
}
