impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        let mut meetings: Vec<(i32, i32)> = intervals.iter().map(|m| (m[0], m[1])).collect();
        meetings.sort_unstable();
        // In start order, a clash always shows up between neighbours: the
        // next meeting must not start before the previous one ends.
        for pair in meetings.windows(2) {
            if pair[1].0 < pair[0].1 {
                return false;
            }
        }
        true
    }
}
