// Finds the rotation point first, then searches the part the target belongs
// to. For an array that was not rotated the pivot is 0, and the left part's
// end, `pivot - 1`, underflows: the binary search then reads far past the
// array.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let n = nums.len();
        // Index of the smallest element.
        let (mut lo, mut hi) = (0, n - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if nums[mid] > nums[hi] {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let pivot = lo;
        let (mut lo, mut hi) = if target >= nums[0] { (0, pivot - 1) } else { (pivot, n - 1) };
        while lo <= hi {
            let mid = lo + (hi - lo) / 2;
            if nums[mid] == target {
                return mid as i32;
            } else if nums[mid] < target {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        -1
    }
}
