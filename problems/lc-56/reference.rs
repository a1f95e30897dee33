impl Solution {
    pub fn merge(mut intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // Once sorted by start, an interval can only overlap the last merged one.
        intervals.sort_unstable_by_key(|interval| interval[0]);
        let mut merged: Vec<Vec<i32>> = Vec::with_capacity(intervals.len());
        for interval in intervals {
            match merged.last_mut() {
                // Sharing an endpoint counts as overlapping.
                Some(last) if interval[0] <= last[1] => last[1] = last[1].max(interval[1]),
                _ => merged.push(interval),
            }
        }
        merged
    }
}
