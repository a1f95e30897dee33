// Sweep over sorted events: +1 at a start, -1 at an end. At equal times the
// end sorts first (-1 < +1), so a room freed at t is reused by a start at t.
impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut events: Vec<(i32, i32)> = Vec::with_capacity(intervals.len() * 2);
        for iv in &intervals {
            events.push((iv[0], 1));
            events.push((iv[1], -1));
        }
        events.sort();
        let mut in_use = 0;
        let mut most = 0;
        for (_, delta) in events {
            in_use += delta;
            most = most.max(in_use);
        }
        most
    }
}
