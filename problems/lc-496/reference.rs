use std::collections::HashMap;

impl Solution {
    pub fn next_greater_element(nums1: Vec<i32>, nums2: Vec<i32>) -> Vec<i32> {
        // next[v] = the first larger value after v in nums2.
        let mut next: HashMap<i32, i32> = HashMap::with_capacity(nums2.len());
        // Values still waiting for a larger one; decreasing from bottom to top.
        let mut waiting: Vec<i32> = Vec::new();
        for &x in &nums2 {
            while let Some(&top) = waiting.last() {
                if top >= x {
                    break;
                }
                next.insert(top, x);
                waiting.pop();
            }
            waiting.push(x);
        }
        nums1
            .iter()
            .map(|x| next.get(x).copied().unwrap_or(-1))
            .collect()
    }
}
