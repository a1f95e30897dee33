// Patience sorting with an ordered set of pile tops: each value replaces the
// smallest top that is >= it (or starts a new pile). An equal top means the
// value changes nothing. The number of piles is the answer.
use std::collections::BTreeSet;

impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut tops: BTreeSet<i32> = BTreeSet::new();
        for x in nums {
            if let Some(&y) = tops.range(x..).next() {
                if y == x {
                    continue;
                }
                tops.remove(&y);
            }
            tops.insert(x);
        }
        tops.len() as i32
    }
}
