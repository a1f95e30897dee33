// Sorts by start, but also counts a meeting that starts exactly when the
// previous one ends as a clash: [[1,2],[2,3]] gives false.
impl Solution {
    pub fn can_attend_meetings(mut intervals: Vec<Vec<i32>>) -> bool {
        intervals.sort();
        for i in 1..intervals.len() {
            if intervals[i][0] <= intervals[i - 1][1] {
                return false;
            }
        }
        true
    }
}
