// One pass with a hash map from value to its first index: when the partner of
// the current value has been seen, the earlier index comes first.
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        let mut first: HashMap<i32, usize> = HashMap::with_capacity(numbers.len());
        for (j, &x) in numbers.iter().enumerate() {
            if let Some(&i) = first.get(&(target - x)) {
                return vec![i as i32 + 1, j as i32 + 1];
            }
            first.entry(x).or_insert(j);
        }
        vec![]
    }
}
