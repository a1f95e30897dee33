// The busiest moment is always the start of some meeting: for each start,
// count the meetings running then (started at or before it, not yet ended).
impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut best = 0;
        for a in &intervals {
            let t = a[0];
            let running = intervals.iter().filter(|b| b[0] <= t && t < b[1]).count();
            best = best.max(running);
        }
        best as i32
    }
}
