impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        // Half-open range [lo, hi) that may still hold the target.
        let (mut lo, mut hi) = (0, nums.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if nums[mid] == target {
                return mid as i32;
            }
            if nums[lo] <= nums[mid] {
                // nums[lo..=mid] is sorted.
                if nums[lo] <= target && target < nums[mid] {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            } else {
                // nums[mid..hi] is sorted.
                if nums[mid] < target && target <= nums[hi - 1] {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
        }
        -1
    }
}
