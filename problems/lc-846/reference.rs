use std::collections::HashMap;

impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // The smallest remaining card must start a group. Visit the distinct
        // values in increasing order; the c cards still left of value v all
        // start groups, which need c cards of each of the next values.
        let k = group_size as usize;
        if hand.len() % k != 0 {
            return false;
        }
        let mut count: HashMap<i32, usize> = HashMap::new();
        for &card in &hand {
            *count.entry(card).or_insert(0) += 1;
        }
        let mut values: Vec<i32> = count.keys().copied().collect();
        values.sort_unstable();
        for &v in &values {
            let c = count[&v];
            if c == 0 {
                continue;
            }
            for next in v..v + group_size {
                match count.get_mut(&next) {
                    Some(have) if *have >= c => *have -= c,
                    _ => return false,
                }
            }
        }
        true
    }
}
