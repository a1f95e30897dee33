// Searches every choice of positions (sorted, with the early break) and
// removes repeated combinations with a HashSet at the end. Correct, but the
// search visits each choice of positions: for a hundred 1s and target 30
// that is C(100, 30), about 3 * 10^25, to find the single combination.
use std::collections::HashSet;

impl Solution {
    pub fn combination_sum2(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn go(c: &Vec<i32>, start: usize, left: i32, path: &mut Vec<i32>, set: &mut HashSet<Vec<i32>>) {
            if left == 0 {
                set.insert(path.clone());
                return;
            }
            for i in start..c.len() {
                if c[i] > left {
                    break;
                }
                path.push(c[i]);
                go(c, i + 1, left - c[i], path, set);
                path.pop();
            }
        }
        candidates.sort();
        let mut set = HashSet::new();
        go(&candidates, 0, target, &mut Vec::new(), &mut set);
        set.into_iter().collect()
    }
}
