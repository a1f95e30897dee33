// Counts each distinct value, then chooses independently how many copies of
// each value to take (0 up to its count): a product over the values.
use std::collections::BTreeMap;

impl Solution {
    pub fn subsets_with_dup(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut counts = BTreeMap::new();
        for x in nums {
            *counts.entry(x).or_insert(0usize) += 1;
        }
        let mut all: Vec<Vec<i32>> = vec![vec![]];
        for (&x, &c) in &counts {
            let mut next = Vec::with_capacity(all.len() * (c + 1));
            for subset in &all {
                for take in 0..=c {
                    let mut s = subset.clone();
                    s.extend(std::iter::repeat(x).take(take));
                    next.push(s);
                }
            }
            all = next;
        }
        all
    }
}
