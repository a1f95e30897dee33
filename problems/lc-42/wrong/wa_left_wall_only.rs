// Fills every column up to the tallest bar on its left, forgetting that the
// water also needs a wall on its right: it runs off after the last peak.
impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let mut left_max = 0;
        let mut water = 0;
        for &h in &height {
            left_max = left_max.max(h);
            water += left_max - h;
        }
        water
    }
}
