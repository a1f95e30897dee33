// Recursive binary search on an inclusive range: the half that is sorted is
// recognised from its end values; recurse into it if the target lies in
// its range, otherwise into the other half.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        fn find(nums: &[i32], lo: usize, hi: usize, target: i32) -> Option<usize> {
            let mid = lo + (hi - lo) / 2;
            if nums[mid] == target {
                return Some(mid);
            }
            if lo == hi {
                return None;
            }
            if nums[lo] <= nums[mid] {
                if nums[lo] <= target && target < nums[mid] {
                    if mid == lo { None } else { find(nums, lo, mid - 1, target) }
                } else {
                    find(nums, mid + 1, hi, target)
                }
            } else if nums[mid] < target && target <= nums[hi] {
                find(nums, mid + 1, hi, target)
            } else if mid == lo {
                None
            } else {
                find(nums, lo, mid - 1, target)
            }
        }
        find(&nums, 0, nums.len() - 1, target).map_or(-1, |i| i as i32)
    }
}
