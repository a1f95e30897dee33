// A sweep over start and end events, ends first at equal times; more than
// one meeting running at a time means a clash.
impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        let mut events: Vec<(i32, i32)> = Vec::with_capacity(2 * intervals.len());
        for m in &intervals {
            events.push((m[0], 1));
            events.push((m[1], -1));
        }
        // (t, -1) sorts before (t, 1): a meeting ending at t frees the room
        // for one starting at t.
        events.sort();
        let mut running = 0;
        for (_, d) in events {
            running += d;
            if running > 1 {
                return false;
            }
        }
        true
    }
}
