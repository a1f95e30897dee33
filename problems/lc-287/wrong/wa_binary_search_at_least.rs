// Binary search on the value, but moves left when count(<= mid) >= mid
// instead of > mid. With no duplicate at or below mid the count is exactly
// mid, so the search wrongly goes left.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let (mut lo, mut hi) = (1, nums.len() as i32 - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let count = nums.iter().filter(|&&x| x <= mid).count() as i32;
            if count >= mid {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
