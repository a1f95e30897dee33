// The greedy scan, but it asks for a reach beyond the last index instead of
// up to it: [0] and [1,0] are reported unreachable.
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        let n = nums.len();
        let mut reach = 0usize;
        for i in 0..n {
            if i > reach {
                return false;
            }
            reach = reach.max(i + nums[i] as usize);
        }
        reach >= n
    }
}
