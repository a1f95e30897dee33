// Compares each meeting with every meeting listed before it and stops at the
// first clash: O(n^2) when nothing clashes, 5 * 10^7 comparisons at 10^4
// meetings.
impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        for i in 0..intervals.len() {
            for j in 0..i {
                if intervals[i][0].max(intervals[j][0]) < intervals[i][1].min(intervals[j][1]) {
                    return false;
                }
            }
        }
        true
    }
}
