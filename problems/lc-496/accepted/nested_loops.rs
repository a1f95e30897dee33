// LeetCode's brute force, with plain index loops: for each query, walk
// nums2 until it is found, then keep walking for the first larger value.
// O(nums1.len() * nums2.len()), at most 10^6 steps here.
impl Solution {
    pub fn next_greater_element(nums1: Vec<i32>, nums2: Vec<i32>) -> Vec<i32> {
        let mut result = vec![-1; nums1.len()];
        for i in 0..nums1.len() {
            let mut found = false;
            for j in 0..nums2.len() {
                if found && nums2[j] > nums1[i] {
                    result[i] = nums2[j];
                    break;
                }
                if nums2[j] == nums1[i] {
                    found = true;
                }
            }
        }
        result
    }
}
