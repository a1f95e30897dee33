// The slowest approach LeetCode accepts: no sorting. Each interval is
// compared with every group built so far; the groups it overlaps are
// absorbed into it (removed with swap_remove) and the grown interval is
// added as a group. O(n * groups), about 5 * 10^7 comparisons when nothing
// merges at n = 10^4.
impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let mut groups: Vec<Vec<i32>> = Vec::new();
        for iv in intervals {
            let (mut start, mut end) = (iv[0], iv[1]);
            let mut k = 0;
            while k < groups.len() {
                let g = &groups[k];
                if g[0] <= end && start <= g[1] {
                    start = start.min(g[0]);
                    end = end.max(g[1]);
                    groups.swap_remove(k);
                } else {
                    k += 1;
                }
            }
            groups.push(vec![start, end]);
        }
        groups
    }
}
