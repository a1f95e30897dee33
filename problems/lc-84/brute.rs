// Every run of consecutive bars, at the height of its lowest bar.
impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let n = heights.len();
        let mut best = 0i64;
        for i in 0..n {
            let mut low = i64::MAX;
            for j in i..n {
                low = low.min(heights[j] as i64);
                best = best.max(low * (j - i + 1) as i64);
            }
        }
        best as i32
    }
}
