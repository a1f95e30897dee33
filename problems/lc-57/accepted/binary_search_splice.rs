// Binary search the colliding block: the first interval that ends at or
// after the new start, and the first that starts after the new end. The
// block between them is replaced by one merged interval with Vec::splice.
impl Solution {
    pub fn insert(mut intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let (start, end) = (new_interval[0], new_interval[1]);
        let lo = intervals.partition_point(|iv| iv[1] < start);
        let hi = intervals.partition_point(|iv| iv[0] <= end);
        let merged = if lo < hi {
            vec![start.min(intervals[lo][0]), end.max(intervals[hi - 1][1])]
        } else {
            new_interval
        };
        intervals.splice(lo..hi, std::iter::once(merged));
        intervals
    }
}
