// The slowest approach LeetCode accepts: visit the lines from the tallest
// down. When line i is visited, every line seen so far is at least as tall,
// so the best container with i as its shorter wall reaches the leftmost or
// the rightmost index seen so far. O(n log n) for the sort.
impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let mut order: Vec<usize> = (0..height.len()).collect();
        order.sort_by(|&a, &b| height[b].cmp(&height[a]));
        let (mut leftmost, mut rightmost) = (order[0], order[0]);
        let mut best = 0i64;
        for &i in &order {
            leftmost = leftmost.min(i);
            rightmost = rightmost.max(i);
            let width = (i - leftmost).max(rightmost - i) as i64;
            best = best.max(width * height[i] as i64);
        }
        best as i32
    }
}
