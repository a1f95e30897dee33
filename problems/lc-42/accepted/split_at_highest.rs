// The highest bar splits the map in two: left of it, every column's water is
// bounded by the running maximum from the left; right of it, by the running
// maximum from the right. Two plain sweeps towards the highest bar.
impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let mut peak = 0;
        for i in 1..height.len() {
            if height[i] > height[peak] {
                peak = i;
            }
        }
        let mut water = 0;
        let mut wall = 0;
        for &h in &height[..peak] {
            wall = wall.max(h);
            water += wall - h;
        }
        wall = 0;
        for &h in height[peak + 1..].iter().rev() {
            wall = wall.max(h);
            water += wall - h;
        }
        water
    }
}
