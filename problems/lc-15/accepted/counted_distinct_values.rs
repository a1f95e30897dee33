// Count every value, then choose the triplet among the distinct values
// a <= b <= c with c = -a - b: a value used twice (or three times) must occur
// that often. O(d^2) for d distinct values.
use std::collections::HashMap;

impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut count: HashMap<i32, usize> = HashMap::new();
        for &x in &nums {
            *count.entry(x).or_insert(0) += 1;
        }
        let mut values: Vec<i32> = count.keys().copied().collect();
        values.sort_unstable();
        let mut out = Vec::new();
        for (ia, &a) in values.iter().enumerate() {
            if a > 0 {
                break;
            }
            for &b in &values[ia..] {
                let c = -a - b;
                if c < b {
                    break;
                }
                if !count.contains_key(&c) {
                    continue;
                }
                let ok = if a == b && b == c {
                    count[&a] >= 3
                } else if a == b {
                    count[&a] >= 2
                } else if b == c {
                    count[&b] >= 2
                } else {
                    true
                };
                if ok {
                    out.push(vec![a, b, c]);
                }
            }
        }
        out
    }
}
