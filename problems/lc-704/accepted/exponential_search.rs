// Exponential (galloping) search: double a bound until it passes the target,
// then bisect the last doubling's range with signed, inclusive bounds.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let n = nums.len() as i64;
        let mut bound: i64 = 1;
        while bound < n && nums[bound as usize] < target {
            bound *= 2;
        }
        let mut lo = bound / 2;
        let mut hi = bound.min(n - 1);
        while lo <= hi {
            let mid = (lo + hi) / 2;
            let v = nums[mid as usize];
            if v == target {
                return mid as i32;
            }
            if v < target {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        -1
    }
}
