impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // Greedy on the wrong quantity: always take the longest jump from
        // where you stand. It can land on a short value (or a zero) when a
        // shorter jump would have led farther.
        let n = nums.len();
        let mut i = 0;
        let mut jumps = 0;
        while i < n - 1 {
            let step = (nums[i] as usize).max(1);
            i = (i + step).min(n - 1);
            jumps += 1;
        }
        jumps
    }
}
