// Recursion on slices: a slice whose first element is below its last is
// sorted, so its minimum is the first element; otherwise split it in two.
// Only one half of each split can be unsorted, so this stays O(log n).
impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        fn min_of(s: &[i32]) -> i32 {
            if s.len() == 1 || s[0] < s[s.len() - 1] {
                return s[0];
            }
            let (a, b) = s.split_at(s.len() / 2);
            min_of(a).min(min_of(b))
        }
        min_of(&nums)
    }
}
