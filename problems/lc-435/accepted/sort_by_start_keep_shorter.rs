// Sorted by start: when the next interval overlaps the last one kept, one
// of the two must go, and the one ending later is never the better one to
// keep. Count the removals.
impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_by(|a, b| a[0].cmp(&b[0]));
        let mut removed = 0;
        let mut last_end = intervals[0][1];
        for iv in intervals.iter().skip(1) {
            if iv[0] < last_end {
                removed += 1;
                last_end = last_end.min(iv[1]);
            } else {
                last_end = iv[1];
            }
        }
        removed
    }
}
