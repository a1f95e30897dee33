// Monotonic stack, but values that never meet a larger one are answered
// with 0 (the default of the lookup table) instead of -1.
impl Solution {
    pub fn next_greater_element(nums1: Vec<i32>, nums2: Vec<i32>) -> Vec<i32> {
        let mut next = vec![0; 10001];
        let mut stack: Vec<i32> = Vec::new();
        for &x in &nums2 {
            while !stack.is_empty() && *stack.last().unwrap() < x {
                let v = stack.pop().unwrap();
                next[v as usize] = x;
            }
            stack.push(x);
        }
        nums1.iter().map(|&x| next[x as usize]).collect()
    }
}
