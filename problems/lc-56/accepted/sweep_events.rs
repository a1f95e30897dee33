// A sweep over start and end events: at equal coordinates starts come
// before ends (so touching intervals join), and a merged interval closes
// whenever the number of open intervals drops back to zero.
impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // (coordinate, 0 for a start / 1 for an end)
        let mut events: Vec<(i32, u8)> = Vec::with_capacity(2 * intervals.len());
        for iv in &intervals {
            events.push((iv[0], 0));
            events.push((iv[1], 1));
        }
        events.sort_unstable();
        let mut out = Vec::new();
        let mut open = 0;
        let mut start = 0;
        for (x, kind) in events {
            if kind == 0 {
                if open == 0 {
                    start = x;
                }
                open += 1;
            } else {
                open -= 1;
                if open == 0 {
                    out.push(vec![start, x]);
                }
            }
        }
        out
    }
}
