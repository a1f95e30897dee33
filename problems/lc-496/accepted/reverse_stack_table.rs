// Monotonic stack from the right, with the answers in a table indexed by
// value (values are at most 10^4) instead of a HashMap: the stack holds the
// candidates to the right, and everything not larger than the current value
// is popped for good.
impl Solution {
    pub fn next_greater_element(nums1: Vec<i32>, nums2: Vec<i32>) -> Vec<i32> {
        let mut next = vec![-1; 10_001];
        let mut stack: Vec<i32> = Vec::with_capacity(nums2.len());
        for &x in nums2.iter().rev() {
            while matches!(stack.last(), Some(&top) if top <= x) {
                stack.pop();
            }
            if let Some(&top) = stack.last() {
                next[x as usize] = top;
            }
            stack.push(x);
        }
        nums1.into_iter().map(|x| next[x as usize]).collect()
    }
}
