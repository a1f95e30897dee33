// Sorts by start and opens one more room for every meeting that starts
// before the latest end seen so far, never noticing that some earlier room
// has been freed in the meantime: [[1,10],[2,3],[4,5]] gets 3 instead of 2.
impl Solution {
    pub fn min_meeting_rooms(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort();
        let mut rooms = 1;
        let mut latest_end = intervals[0][1];
        for iv in intervals.iter().skip(1) {
            if iv[0] < latest_end {
                rooms += 1;
            }
            latest_end = latest_end.max(iv[1]);
        }
        rooms
    }
}
