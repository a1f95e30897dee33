// Tries every pair of lines: O(n^2), about 5 * 10^9 pairs at n = 10^5.
impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let n = height.len();
        let mut best = 0;
        for i in 0..n {
            for j in i + 1..n {
                let area = (j - i) as i32 * height[i].min(height[j]);
                best = best.max(area);
            }
        }
        best
    }
}
