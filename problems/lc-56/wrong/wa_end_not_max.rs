// On overlap, sets the end of the group to the end of the new interval instead
// of the larger of the two ends: an interval nested inside the group ([2,3]
// inside [1,10]) shrinks it.
impl Solution {
    pub fn merge(mut intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        intervals.sort_by_key(|iv| iv[0]);
        let mut res: Vec<Vec<i32>> = vec![intervals[0].clone()];
        for iv in intervals.into_iter().skip(1) {
            let last = res.last_mut().unwrap();
            if iv[0] <= last[1] {
                last[1] = iv[1];
            } else {
                res.push(iv);
            }
        }
        res
    }
}
