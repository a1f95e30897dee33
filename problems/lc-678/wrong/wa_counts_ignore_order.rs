impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // Checks left to right that a ')' never lacks an opener (reading
        // every '*' as '('), then only compares totals: surplus '(' against
        // the number of wildcards, wherever those wildcards are.
        let (mut opens, mut closes, mut stars) = (0, 0, 0);
        for c in s.chars() {
            match c {
                '(' => opens += 1,
                ')' => closes += 1,
                _ => stars += 1,
            }
            if closes > opens + stars {
                return false;
            }
        }
        opens - closes <= stars
    }
}
