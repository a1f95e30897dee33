// The most rooms are needed at some meeting's start. For every meeting,
// count the meetings running at its start time (started at or before it,
// not yet ended): O(n^2), 10^8 simple checks at n = 10^4. The meetings are
// copied into a flat vector of pairs first, so the inner loop reads
// contiguous memory.
impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let meetings: Vec<(i32, i32)> = intervals.iter().map(|iv| (iv[0], iv[1])).collect();
        let mut best = 0;
        for &(t, _) in &meetings {
            let running = meetings.iter().filter(|&&(s, e)| s <= t && t < e).count();
            best = best.max(running);
        }
        best as i32
    }
}
