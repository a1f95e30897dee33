use std::collections::HashMap;

// Next-greater indices by pointer jumping, from the right: start at the
// right neighbour and, while it is not larger, jump to its own next greater
// index. Amortised O(n).
impl Solution {
    pub fn next_greater_element(nums1: Vec<i32>, nums2: Vec<i32>) -> Vec<i32> {
        let n = nums2.len();
        let mut next_idx = vec![n; n];
        for i in (0..n).rev() {
            let mut j = i + 1;
            while j < n && nums2[j] <= nums2[i] {
                j = next_idx[j];
            }
            next_idx[i] = j;
        }
        let position: HashMap<i32, usize> = nums2.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        nums1
            .iter()
            .map(|v| {
                let j = next_idx[position[v]];
                if j < n { nums2[j] } else { -1 }
            })
            .collect()
    }
}
