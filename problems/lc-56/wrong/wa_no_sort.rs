// The right sweep, but without sorting first: it only compares each interval
// with the previous group, so on unsorted input an interval that overlaps an
// earlier group (or starts before it) is handled wrongly.
impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let mut res: Vec<Vec<i32>> = Vec::new();
        for iv in intervals {
            if let Some(last) = res.last_mut() {
                if iv[0] <= last[1] {
                    last[1] = last[1].max(iv[1]);
                    continue;
                }
            }
            res.push(iv);
        }
        res
    }
}
