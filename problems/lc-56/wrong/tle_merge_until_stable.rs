// Looks for any two overlapping intervals, merges them, and starts looking
// again from the beginning, until no two intervals overlap. Each search may
// compare O(n^2) pairs, and there can be n - 1 merges: O(n^3) in the worst case.
impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let mut v = intervals;
        loop {
            let mut merged = false;
            'search: for i in 0..v.len() {
                for j in i + 1..v.len() {
                    if v[i][0] <= v[j][1] && v[j][0] <= v[i][1] {
                        v[i][0] = v[i][0].min(v[j][0]);
                        v[i][1] = v[i][1].max(v[j][1]);
                        v.remove(j);
                        merged = true;
                        break 'search;
                    }
                }
            }
            if !merged {
                return v;
            }
        }
    }
}
