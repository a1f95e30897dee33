// Depth-first search without recursion: a stack of (next allowed index,
// remaining sum, combination so far); each state owns its own copy of the
// combination.
impl Solution {
    pub fn combination_sum(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        candidates.sort_unstable();
        let mut out = Vec::new();
        let mut stack: Vec<(usize, i32, Vec<i32>)> = vec![(0, target, Vec::new())];
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
                let mut next = combo.clone();
                next.push(c);
                stack.push((i, left - c, next));
            }
        }
        out
    }
}
