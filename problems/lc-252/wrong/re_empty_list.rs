// Sorts, then starts from the first meeting's end without checking that
// there is a first meeting: an empty list panics.
impl Solution {
    pub fn can_attend_meetings(mut intervals: Vec<Vec<i32>>) -> bool {
        intervals.sort_by_key(|m| m[0]);
        let mut end = intervals[0][1];
        for m in &intervals[1..] {
            if m[0] < end {
                return false;
            }
            end = m[1];
        }
        true
    }
}
