impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        
    }
}
