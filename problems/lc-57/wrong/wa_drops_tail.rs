// Copies the intervals before the new one and merges the colliding ones,
// but returns right after pushing the merged interval: everything after the
// insertion point is lost.
impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let n = intervals.len();
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
        res
    }
}
