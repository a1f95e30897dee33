// Checks neighbours in the order given, without sorting first: a meeting
// listed after a later one looks like a clash ([[7,10],[2,4]]), and a clash
// between meetings far apart in the list is missed.
impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        for i in 1..intervals.len() {
            if intervals[i][0] < intervals[i - 1][1] {
                return false;
            }
        }
        true
    }
}
