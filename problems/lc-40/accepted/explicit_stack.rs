// Depth-first search with an explicit stack of (next start, remainder,
// combination so far), with the same duplicate skip as the recursion.
impl Solution {
    pub fn combination_sum2(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        candidates.sort();
        let mut out = Vec::new();
        let mut stack = vec![(0usize, target, Vec::<i32>::new())];
        while let Some((start, left, combo)) = stack.pop() {
            if left == 0 {
                out.push(combo);
                continue;
            }
            for i in start..candidates.len() {
                let c = candidates[i];
                if c > left {
                    break;
                }
                if i > start && c == candidates[i - 1] {
                    continue;
                }
                let mut next = combo.clone();
                next.push(c);
                stack.push((i + 1, left - c, next));
            }
        }
        out
    }
}
