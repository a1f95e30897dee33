impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        
    }
}
