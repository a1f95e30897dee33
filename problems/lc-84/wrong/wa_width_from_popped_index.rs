// Monotonic stack with a flush at the end, but the width of a popped bar is
// measured from the popped index itself instead of from the bar below it on
// the stack, so the rectangle never extends to the left of its own bar.
impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let n = heights.len();
        let mut stack: Vec<usize> = Vec::new();
        let mut max_area = 0;
        for i in 0..=n {
            let h = if i == n { 0 } else { heights[i] };
            while let Some(&top) = stack.last() {
                if heights[top] <= h {
                    break;
                }
                stack.pop();
                max_area = max_area.max(heights[top] * (i - top) as i32);
            }
            stack.push(i);
        }
        max_area
    }
}
