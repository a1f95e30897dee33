// Give every value the key (value < nums[0], value): the values of the
// rotated-in front part get false, those after the drop get true, so the
// keys are sorted along the array and one partition_point finds the target.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let first = nums[0];
        let key = |v: i32| (v < first, v);
        let goal = key(target);
        let i = nums.partition_point(|&v| key(v) < goal);
        if i < nums.len() && nums[i] == target {
            i as i32
        } else {
            -1
        }
    }
}
