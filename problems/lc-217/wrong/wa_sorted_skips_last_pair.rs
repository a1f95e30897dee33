// Sorts, then compares neighbours with an off-by-one loop bound that never
// looks at the last pair: a repeat of the largest value is missed.
impl Solution {
    pub fn contains_duplicate(mut nums: Vec<i32>) -> bool {
        nums.sort();
        for i in 1..nums.len() - 1 {
            if nums[i] == nums[i - 1] {
                return true;
            }
        }
        false
    }
}
