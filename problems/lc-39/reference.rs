impl Solution {
    pub fn combination_sum(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn search(
            candidates: &[i32],
            start: usize,
            remaining: i32,
            current: &mut Vec<i32>,
            found: &mut Vec<Vec<i32>>,
        ) {
            if remaining == 0 {
                found.push(current.clone());
                return;
            }
            // Non-decreasing order: each combination is built exactly once.
            for i in start..candidates.len() {
                let c = candidates[i];
                if c > remaining {
                    break; // sorted: every later candidate is too large as well
                }
                current.push(c);
                search(candidates, i, remaining - c, current, found);
                current.pop();
            }
        }
        candidates.sort_unstable();
        let mut found = Vec::new();
        search(&candidates, 0, target, &mut Vec::new(), &mut found);
        found
    }
}
