// Sort a copy of the numbers; the duplicate's copies end up side by side.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let mut sorted = nums.clone();
        sorted.sort();
        for w in sorted.windows(2) {
            if w[0] == w[1] {
                return w[0];
            }
        }
        -1
    }
}
