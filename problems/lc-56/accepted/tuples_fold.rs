// Copy the intervals into (start, end) tuples, sort them, and fold them
// into a list of merged tuples; convert back at the end.
impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let mut pairs: Vec<(i32, i32)> = intervals.iter().map(|iv| (iv[0], iv[1])).collect();
        pairs.sort_unstable();
        pairs
            .into_iter()
            .fold(Vec::<(i32, i32)>::new(), |mut acc, (s, e)| {
                match acc.last_mut() {
                    Some(last) if s <= last.1 => last.1 = last.1.max(e),
                    _ => acc.push((s, e)),
                }
                acc
            })
            .into_iter()
            .map(|(s, e)| vec![s, e])
            .collect()
    }
}
