impl Solution {
    pub fn single_number(mut nums: Vec<i32>) -> i32 {
        // After sorting, the pairs sit at (0,1), (2,3), ... until the single
        // value, which shifts them; the first broken pair starts with it.
        nums.sort_unstable();
        let mut i = 0;
        while i + 1 < nums.len() {
            if nums[i] != nums[i + 1] {
                return nums[i];
            }
            i += 2;
        }
        nums[nums.len() - 1]
    }
}
