// Bottom-up DP from the right: a cell is good when one of the cells it can
// jump to is good, the last cell being good. Each cell looks through its
// whole jump range until it finds a good cell: O(n^2) in the worst case
// (large values leading up to a 0 that cannot be passed).
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        let n = nums.len();
        let mut good = vec![false; n];
        good[n - 1] = true;
        for i in (0..n - 1).rev() {
            let far = (i + nums[i] as usize).min(n - 1);
            for j in i + 1..=far {
                if good[j] {
                    good[i] = true;
                    break;
                }
            }
        }
        good[0]
    }
}
