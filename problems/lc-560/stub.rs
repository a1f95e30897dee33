impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        
    }
}
