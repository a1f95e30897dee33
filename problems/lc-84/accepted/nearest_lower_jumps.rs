// For every bar, the nearest strictly lower bar on each side, found by
// jumping along the answers already known for the neighbours (amortised
// O(n)), then one pass over the bars.
impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let n = heights.len();
        // left[i]: index of the nearest lower bar on the left, or -1.
        let mut left = vec![-1i64; n];
        for i in 1..n {
            let mut p = i as i64 - 1;
            while p >= 0 && heights[p as usize] >= heights[i] {
                p = left[p as usize];
            }
            left[i] = p;
        }
        // right[i]: index of the nearest lower bar on the right, or n.
        let mut right = vec![n as i64; n];
        for i in (0..n.saturating_sub(1)).rev() {
            let mut p = i as i64 + 1;
            while p < n as i64 && heights[p as usize] >= heights[i] {
                p = right[p as usize];
            }
            right[i] = p;
        }
        (0..n)
            .map(|i| heights[i] as i64 * (right[i] - left[i] - 1))
            .max()
            .unwrap_or(0) as i32
    }
}
