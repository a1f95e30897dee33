impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // Keep the cards sorted in a Vec. Take the first card as the start
        // of a group, then find each following number by binary search and
        // remove it. Every removal shifts the rest of the Vec: O(n^2).
        if hand.len() % group_size as usize != 0 {
            return false;
        }
        let mut cards = hand;
        cards.sort_unstable();
        while !cards.is_empty() {
            let start = cards.remove(0);
            for v in start + 1..start + group_size {
                match cards.binary_search(&v) {
                    Ok(p) => {
                        cards.remove(p);
                    }
                    Err(_) => return false,
                }
            }
        }
        true
    }
}
