const KEYS: [&str; 8] = ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];

impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        let digits = digits.as_bytes();
        let mut out = Vec::new();
        if digits.is_empty() {
            return out;
        }
        let mut word = String::with_capacity(digits.len());
        Self::spell(digits, &mut word, &mut out);
        out
    }

    // Gives the next digit each letter of its key in turn; `word` holds the
    // letters chosen for the digits before it.
    fn spell(digits: &[u8], word: &mut String, out: &mut Vec<String>) {
        let Some((&d, rest)) = digits.split_first() else {
            out.push(word.clone());
            return;
        };
        for letter in KEYS[(d - b'2') as usize].chars() {
            word.push(letter);
            Self::spell(rest, word, out);
            word.pop();
        }
    }
}
