// Breadth-first search by jump count: each level is a window of indices,
// and the next level is the stretch right after it that the window can reach.
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        let last = nums.len() - 1;
        let (mut start, mut end) = (0usize, 0usize);
        while end < last {
            let mut farthest = end;
            for i in start..=end {
                farthest = farthest.max(i + nums[i] as usize);
            }
            if farthest == end {
                return false;
            }
            start = end + 1;
            end = farthest;
        }
        true
    }
}
