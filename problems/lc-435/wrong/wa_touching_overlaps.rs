// Greedy by end, but counts intervals that only share an endpoint as
// overlapping ([1,2] and [2,3] would need a removal).
impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_by_key(|iv| iv[1]);
        let mut removed = 0;
        let mut prev_end = intervals[0][1];
        for iv in intervals.iter().skip(1) {
            if iv[0] <= prev_end {
                removed += 1;
            } else {
                prev_end = iv[1];
            }
        }
        removed
    }
}
