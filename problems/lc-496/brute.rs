// For each query, find it in nums2 and scan to the right for a larger value.
impl Solution {
    pub fn next_greater_element(nums1: Vec<i32>, nums2: Vec<i32>) -> Vec<i32> {
        nums1
            .iter()
            .map(|&x| {
                let pos = nums2.iter().position(|&y| y == x).unwrap();
                nums2[pos + 1..]
                    .iter()
                    .copied()
                    .find(|&y| y > x)
                    .unwrap_or(-1)
            })
            .collect()
    }
}
