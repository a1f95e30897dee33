use std::collections::BinaryHeap;

impl Solution {
    pub fn k_closest(points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        let k = k as usize;
        // The k nearest points seen so far as (squared distance, index), in a
        // max-heap: the farthest of them is on top, ready to be replaced.
        let mut nearest: BinaryHeap<(i32, usize)> = BinaryHeap::with_capacity(k);
        for (i, p) in points.iter().enumerate() {
            // |x|, |y| <= 10^4, so x*x + y*y <= 2 * 10^8 fits in an i32.
            let d = p[0] * p[0] + p[1] * p[1];
            if nearest.len() < k {
                nearest.push((d, i));
            } else if let Some(mut farthest) = nearest.peek_mut() {
                // Replacing the top through `PeekMut` restores the heap when it is dropped.
                if d < farthest.0 {
                    *farthest = (d, i);
                }
            }
        }
        nearest.into_iter().map(|(_, i)| points[i].clone()).collect()
    }
}
