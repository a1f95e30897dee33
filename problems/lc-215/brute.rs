impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut sorted = nums;
        sorted.sort();
        sorted.reverse();
        sorted[k as usize - 1]
    }
}
