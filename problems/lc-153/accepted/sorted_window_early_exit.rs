// Binary search that stops as soon as the remaining range is in order
// (its left end is below its right end), comparing mid with the left end.
impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        let (mut lo, mut hi) = (0usize, nums.len() - 1);
        while lo < hi {
            if nums[lo] < nums[hi] {
                return nums[lo];
            }
            let mid = (lo + hi) / 2;
            if nums[mid] >= nums[lo] {
                // lo..=mid is the larger, first run
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        nums[lo]
    }
}
