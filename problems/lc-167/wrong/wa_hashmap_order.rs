// Reuses the hash-map solution of the unsorted Two Sum: when the second value
// of the pair is reached, it returns [current, earlier], so the larger index
// comes first.
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen: HashMap<i32, usize> = HashMap::new();
        for (i, &x) in numbers.iter().enumerate() {
            if let Some(&j) = seen.get(&(target - x)) {
                return vec![i as i32 + 1, j as i32 + 1];
            }
            seen.insert(x, i);
        }
        vec![]
    }
}
