impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let (mut start, mut end) = (new_interval[0], new_interval[1]);
        let mut merged = Vec::with_capacity(intervals.len() + 1);
        let mut rest = intervals.into_iter().peekable();

        // Intervals that end before the new one starts stay as they are.
        while let Some(iv) = rest.next_if(|iv| iv[1] < start) {
            merged.push(iv);
        }
        // Every interval that overlaps or touches the new one is absorbed.
        while let Some(iv) = rest.next_if(|iv| iv[0] <= end) {
            start = start.min(iv[0]);
            end = end.max(iv[1]);
        }
        merged.push(vec![start, end]);
        // The remaining intervals start after the grown interval ends.
        merged.extend(rest);
        merged
    }
}
