// Handles "new interval goes first" and "goes last" as shortcuts by looking
// at intervals[0] and the last interval, which panics when the list is empty.
impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let n = intervals.len();
        if new_interval[1] < intervals[0][0] {
            let mut res = vec![new_interval];
            res.extend(intervals);
            return res;
        }
        if new_interval[0] > intervals[n - 1][1] {
            let mut res = intervals;
            res.push(new_interval);
            return res;
        }
        let mut res = Vec::new();
        let (mut s, mut e) = (new_interval[0], new_interval[1]);
        let mut i = 0;
        while i < n && intervals[i][1] < s {
            res.push(intervals[i].clone());
            i += 1;
        }
        while i < n && intervals[i][0] <= e {
            s = s.min(intervals[i][0]);
            e = e.max(intervals[i][1]);
            i += 1;
        }
        res.push(vec![s, e]);
        res.extend_from_slice(&intervals[i..]);
        res
    }
}
