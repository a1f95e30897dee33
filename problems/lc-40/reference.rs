impl Solution {
    pub fn combination_sum2(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn search(c: &[i32], start: usize, left: i32, path: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            if left == 0 {
                out.push(path.clone());
                return;
            }
            for i in start..c.len() {
                // Sorted: every later candidate is too large as well.
                if c[i] > left {
                    break;
                }
                // One value per position of the combination: the later
                // copies would rebuild the combinations the first one found.
                if i > start && c[i] == c[i - 1] {
                    continue;
                }
                path.push(c[i]);
                search(c, i + 1, left - c[i], path, out);
                path.pop();
            }
        }
        candidates.sort_unstable();
        let mut out = Vec::new();
        search(&candidates, 0, target, &mut Vec::new(), &mut out);
        out
    }
}
