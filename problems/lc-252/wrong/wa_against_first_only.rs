// Sorts by start, then checks every meeting against the first one only,
// missing clashes between two later meetings.
impl Solution {
    pub fn can_attend_meetings(mut intervals: Vec<Vec<i32>>) -> bool {
        intervals.sort();
        for i in 1..intervals.len() {
            if intervals[i][0] < intervals[0][1] {
                return false;
            }
        }
        true
    }
}
