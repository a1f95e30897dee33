// Compares the middle element with the left end instead of the right end:
// "nums[mid] > nums[lo], so the minimum must be to the right". Once the
// range is a sorted piece (or the array was never out of order), that
// walks away from the minimum.
impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        let (mut lo, mut hi) = (0, nums.len() - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if nums[mid] > nums[lo] {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        nums[lo]
    }
}
