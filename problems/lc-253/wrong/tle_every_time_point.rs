// Tries every moment from the earliest start to the latest end and counts
// the meetings running at it: O(n * T), about 10^10 checks at n = 10^4 with
// times spread over 0..10^6.
impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let first = intervals.iter().map(|iv| iv[0]).min().unwrap();
        let last = intervals.iter().map(|iv| iv[1]).max().unwrap();
        let mut best = 0;
        for t in first..last {
            let mut running = 0;
            for iv in &intervals {
                if iv[0] <= t && t < iv[1] {
                    running += 1;
                }
            }
            best = best.max(running);
        }
        best
    }
}
