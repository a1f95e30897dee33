// Jump over each run of equal values with an inner loop, copying the run's
// value to the write position once per run.
impl Solution {
    pub fn remove_duplicates(nums: &mut Vec<i32>) -> i32 {
        let n = nums.len();
        let (mut read, mut write) = (0, 0);
        while read < n {
            let value = nums[read];
            while read < n && nums[read] == value {
                read += 1;
            }
            nums[write] = value;
            write += 1;
        }
        write as i32
    }
}
