// Sorts by start and, on a collision, always removes the later interval and
// keeps the earlier one, even when the earlier one reaches much further:
// for [[1,10],[2,3],[4,5]] it removes 2 instead of 1.
impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_by_key(|iv| iv[0]);
        let mut removed = 0;
        let mut prev_end = intervals[0][1];
        for iv in intervals.iter().skip(1) {
            if iv[0] < prev_end {
                removed += 1;
            } else {
                prev_end = iv[1];
            }
        }
        removed
    }
}
