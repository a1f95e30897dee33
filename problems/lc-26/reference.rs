impl Solution {
    pub fn remove_duplicates(nums: &mut Vec<i32>) -> i32 {
        // `write` is the length of the deduplicated prefix built so far.
        // nums[0] always belongs to it (the array has at least one element).
        let mut write = 1;
        for read in 1..nums.len() {
            if nums[read] != nums[write - 1] {
                nums[write] = nums[read];
                write += 1;
            }
        }
        write as i32
    }
}
