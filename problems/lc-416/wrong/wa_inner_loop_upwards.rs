// The one-row subset-sum table, but with the inner loop going upwards: a sum
// just marked with x is then extended by x again, so each number can be used
// any number of times. [1,2,5] looks splittable (1+1+1+1 = 4).
impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        let total: i32 = nums.iter().sum();
        if total % 2 != 0 {
            return false;
        }
        let half = (total / 2) as usize;
        let mut reachable = vec![false; half + 1];
        reachable[0] = true;
        for &x in &nums {
            let x = x as usize;
            for s in x..=half {
                if reachable[s - x] {
                    reachable[s] = true;
                }
            }
        }
        reachable[half]
    }
}
