// Monotonic stack, but the bars still on the stack after the last bar are
// never popped, so rectangles that reach the right edge are not counted.
impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let mut stack: Vec<usize> = Vec::new();
        let mut max_area = 0;
        for i in 0..heights.len() {
            while !stack.is_empty() && heights[*stack.last().unwrap()] > heights[i] {
                let top = stack.pop().unwrap();
                let width = match stack.last() {
                    Some(&l) => i - l - 1,
                    None => i,
                };
                max_area = max_area.max(heights[top] * width as i32);
            }
            stack.push(i);
        }
        max_area
    }
}
