use std::collections::HashMap;

impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // No sorting: for any card, walk down to the lowest value of its run
        // of present numbers; that value must start groups. Form groups from
        // there upwards until the card's own value is used up.
        let k = group_size;
        if hand.len() % k as usize != 0 {
            return false;
        }
        let mut count: HashMap<i32, i32> = HashMap::new();
        for &c in &hand {
            *count.entry(c).or_insert(0) += 1;
        }
        for &card in &hand {
            let mut low = card;
            while count.get(&(low - 1)).copied().unwrap_or(0) > 0 {
                low -= 1;
            }
            while low <= card {
                let c = count.get(&low).copied().unwrap_or(0);
                if c > 0 {
                    for v in low..low + k {
                        let have = count.entry(v).or_insert(0);
                        if *have < c {
                            return false;
                        }
                        *have -= c;
                    }
                }
                low += 1;
            }
        }
        true
    }
}
