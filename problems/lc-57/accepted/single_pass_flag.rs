// One loop over the intervals with a flag for "the new interval is already
// placed": intervals before it are copied, colliding ones grow it, and the
// first interval after it triggers its placement.
impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let mut out = Vec::with_capacity(intervals.len() + 1);
        let mut cur = new_interval;
        let mut placed = false;
        for iv in intervals {
            if placed || iv[1] < cur[0] {
                out.push(iv);
            } else if iv[0] > cur[1] {
                out.push(cur.clone());
                placed = true;
                out.push(iv);
            } else {
                cur[0] = cur[0].min(iv[0]);
                cur[1] = cur[1].max(iv[1]);
            }
        }
        if !placed {
            out.push(cur);
        }
        out
    }
}
