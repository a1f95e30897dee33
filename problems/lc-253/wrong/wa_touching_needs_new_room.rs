// Sorted starts against sorted ends, but a room is only reused when the
// earlier meeting ended strictly before the new one starts: [[1,5],[5,10]]
// gets 2 rooms instead of 1.
impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut starts: Vec<i32> = intervals.iter().map(|v| v[0]).collect();
        let mut ends: Vec<i32> = intervals.iter().map(|v| v[1]).collect();
        starts.sort();
        ends.sort();
        let (mut rooms, mut e) = (0, 0);
        for s in starts {
            if s > ends[e] {
                e += 1;
            } else {
                rooms += 1;
            }
        }
        rooms
    }
}
