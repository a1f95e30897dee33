// Moves hi to mid - 1 when nums[mid] is in the second run, dropping mid even
// though it may be the minimum itself.
impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        let (mut lo, mut hi) = (0i32, nums.len() as i32 - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if nums[mid as usize] > nums[hi as usize] {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        nums[lo as usize]
    }
}
