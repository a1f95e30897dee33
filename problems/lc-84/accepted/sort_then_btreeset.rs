// Bars in increasing order of height, in groups of equal height. When a
// group is reached, the bars already in the ordered set are exactly the
// lower ones, so a bar's rectangle spans from the nearest set index on its
// left to the nearest on its right. Sorting plus BTreeSet queries:
// O(n log n).
use std::collections::BTreeSet;

impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let n = heights.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| (heights[i], i));
        let mut lower: BTreeSet<usize> = BTreeSet::new();
        let mut best: i64 = 0;
        let mut g = 0;
        while g < n {
            let h = heights[order[g]];
            let mut end = g;
            while end < n && heights[order[end]] == h {
                end += 1;
            }
            for &i in &order[g..end] {
                let left = lower.range(..i).next_back().map_or(0, |&l| l + 1);
                let right = lower.range(i + 1..).next().copied().unwrap_or(n);
                best = best.max(h as i64 * (right - left) as i64);
            }
            for &i in &order[g..end] {
                lower.insert(i);
            }
            g = end;
        }
        best as i32
    }
}
