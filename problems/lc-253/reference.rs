impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut starts: Vec<i32> = intervals.iter().map(|iv| iv[0]).collect();
        let mut ends: Vec<i32> = intervals.iter().map(|iv| iv[1]).collect();
        starts.sort_unstable();
        ends.sort_unstable();

        // Visit the starts in order; `ends[freed]` is the earliest end not yet
        // used to free a room. A meeting that ended at or before this start
        // has released its room, which the new meeting takes over.
        let mut rooms = 0;
        let mut freed = 0;
        for &start in &starts {
            if ends[freed] <= start {
                freed += 1;
            } else {
                rooms += 1;
            }
        }
        rooms
    }
}
