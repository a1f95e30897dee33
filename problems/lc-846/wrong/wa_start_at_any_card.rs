use std::collections::HashMap;

impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // Counts the cards, then starts a group at each card in the order
        // they are given, not at the smallest card left: a group started in
        // the middle can take cards a smaller card needed.
        if hand.len() % group_size as usize != 0 {
            return false;
        }
        let mut count: HashMap<i32, i32> = HashMap::new();
        for &c in &hand {
            *count.entry(c).or_insert(0) += 1;
        }
        for &card in &hand {
            if count[&card] == 0 {
                continue;
            }
            for v in card..card + group_size {
                match count.get_mut(&v) {
                    Some(c) if *c > 0 => *c -= 1,
                    _ => return false,
                }
            }
        }
        true
    }
}
