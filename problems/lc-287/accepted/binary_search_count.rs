// Binary search on the value: if more than mid elements are <= mid, the
// duplicate is at most mid (pigeonhole). Each step rescans the whole array:
// O(n log n), no extra memory, the array untouched.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let (mut lo, mut hi) = (1, nums.len() as i32 - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let at_most_mid = nums.iter().filter(|&&x| x <= mid).count() as i32;
            if at_most_mid > mid {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
