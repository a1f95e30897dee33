impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let n = height.len();
        let mut best = 0i64;
        for i in 0..n {
            for j in i + 1..n {
                let area = (j - i) as i64 * height[i].min(height[j]) as i64;
                best = best.max(area);
            }
        }
        best as i32
    }
}
