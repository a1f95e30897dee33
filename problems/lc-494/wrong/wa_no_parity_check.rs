// Reduces to counting subsets with sum (total + target) / 2 but forgets that
// total + target must be even: the division rounds down and counts subsets
// of a sum no sign choice gives. [1,1] with target 1 gives 2 instead of 0.
impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        let total: i32 = nums.iter().sum();
        if target.abs() > total {
            return 0;
        }
        let want = ((total + target) / 2) as usize;
        let mut ways = vec![0i32; want + 1];
        ways[0] = 1;
        for &x in &nums {
            let x = x as usize;
            for s in (x..=want).rev() {
                ways[s] += ways[s - x];
            }
        }
        ways[want]
    }
}
