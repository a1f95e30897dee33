impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // Removes duplicates first and then cuts the distinct values into
        // runs of groupSize: repeated numbers, which start their own
        // groups, are lost.
        let k = group_size as usize;
        if hand.len() % k != 0 {
            return false;
        }
        let mut values = hand;
        values.sort();
        values.dedup();
        values.len() % k == 0 && values.chunks(k).all(|g| g.windows(2).all(|w| w[1] == w[0] + 1))
    }
}
