// Adds the new interval, sorts everything by start, and merges in one sweep.
impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let mut all = intervals;
        all.push(new_interval);
        all.sort();
        let mut out: Vec<Vec<i32>> = Vec::new();
        for iv in all {
            match out.last_mut() {
                Some(last) if iv[0] <= last[1] => last[1] = last[1].max(iv[1]),
                _ => out.push(iv),
            }
        }
        out
    }
}
