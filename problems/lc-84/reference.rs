impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let n = heights.len();
        // Indices of bars whose heights increase from bottom to top; each one
        // still waits for a lower bar that ends its rectangle on the right.
        let mut stack: Vec<usize> = Vec::with_capacity(n);
        let mut best = 0;
        // Index n acts as a bar of height 0 that flushes the stack.
        for i in 0..=n {
            let h = if i < n { heights[i] } else { 0 };
            while let Some(&top) = stack.last() {
                if heights[top] <= h {
                    break;
                }
                stack.pop();
                // The bar below `top` on the stack is the nearest lower bar
                // on its left (or there is none).
                let left = stack.last().map_or(0, |&l| l + 1);
                best = best.max(heights[top] * (i - left) as i32);
            }
            stack.push(i);
        }
        best
    }
}
