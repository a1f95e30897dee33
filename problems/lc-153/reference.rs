impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        // The minimum is always in nums[lo..=hi].
        let (mut lo, mut hi) = (0, nums.len() - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if nums[mid] > nums[hi] {
                // mid is in the first (larger) run: the minimum is after it.
                lo = mid + 1;
            } else {
                // mid is in the second run: the minimum is mid or before it.
                hi = mid;
            }
        }
        nums[lo]
    }
}
