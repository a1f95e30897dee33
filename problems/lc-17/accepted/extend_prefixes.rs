// The slowest approach LeetCode accepts: a list of prefixes, replaced digit
// by digit with a new list in which every prefix is copied once per letter.
impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        if digits.is_empty() {
            return Vec::new();
        }
        let keys = ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
        let mut words = vec![String::new()];
        for d in digits.chars() {
            let letters = keys[d.to_digit(10).unwrap() as usize - 2];
            words = words
                .iter()
                .flat_map(|w| letters.chars().map(move |c| format!("{}{}", w, c)))
                .collect();
        }
        words
    }
}
