// Seeds the answer with the letters of the first digit and extends it by
// the others, reading digits[0] without checking that there is one: the
// empty input panics with an index out of bounds.
impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        let keys = ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
        let d = digits.as_bytes();
        let mut words: Vec<String> = keys[(d[0] - b'2') as usize].chars().map(|c| c.to_string()).collect();
        for &digit in &d[1..] {
            let mut next = Vec::new();
            for w in &words {
                for c in keys[(digit - b'2') as usize].chars() {
                    let mut longer = w.clone();
                    longer.push(c);
                    next.push(longer);
                }
            }
            words = next;
        }
        words
    }
}
