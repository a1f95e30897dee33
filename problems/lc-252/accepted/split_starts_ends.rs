// Sorts the starts and the ends separately. Without a clash, the i-th
// meeting to end must finish before the (i+1)-th meeting to start begins.
impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        let mut starts: Vec<i32> = intervals.iter().map(|m| m[0]).collect();
        let mut ends: Vec<i32> = intervals.iter().map(|m| m[1]).collect();
        starts.sort_unstable();
        ends.sort_unstable();
        (1..starts.len()).all(|i| starts[i] >= ends[i - 1])
    }
}
