// Divide and conquer: the best rectangle of a range either uses its lowest
// bar across the whole range or lies on one side of it. The lowest bar comes
// from a sparse table in O(1), and the ranges are kept on an explicit work
// list, so a sorted histogram does not recurse 10^5 deep.
impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let n = heights.len();
        // table[k][i]: index of the lowest bar among heights[i..i + 2^k].
        let mut table: Vec<Vec<usize>> = vec![(0..n).collect()];
        let mut k = 1;
        while 1 << k <= n {
            let prev = &table[k - 1];
            let half = 1 << (k - 1);
            let row: Vec<usize> = (0..=n - (1 << k))
                .map(|i| {
                    let (a, b) = (prev[i], prev[i + half]);
                    if heights[b] < heights[a] { b } else { a }
                })
                .collect();
            table.push(row);
            k += 1;
        }
        let lowest = |l: usize, r: usize| -> usize {
            // inclusive range l..=r
            let k = (usize::BITS - 1 - (r - l + 1).leading_zeros()) as usize;
            let (a, b) = (table[k][l], table[k][r + 1 - (1 << k)]);
            if heights[b] < heights[a] { b } else { a }
        };
        let mut best: i64 = 0;
        let mut work: Vec<(usize, usize)> = vec![(0, n - 1)];
        while let Some((l, r)) = work.pop() {
            let m = lowest(l, r);
            best = best.max(heights[m] as i64 * (r - l + 1) as i64);
            if m > l {
                work.push((l, m - 1));
            }
            if m < r {
                work.push((m + 1, r));
            }
        }
        best as i32
    }
}
