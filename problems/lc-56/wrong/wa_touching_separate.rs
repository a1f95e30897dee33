// Sorts correctly but merges only when the next interval starts strictly
// before the current end, so touching intervals like [1,4] and [4,5] stay
// separate.
impl Solution {
    pub fn merge(mut intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        intervals.sort();
        let mut res: Vec<Vec<i32>> = Vec::new();
        for iv in intervals {
            match res.last_mut() {
                Some(last) if iv[0] < last[1] => last[1] = last[1].max(iv[1]),
                _ => res.push(iv),
            }
        }
        res
    }
}
