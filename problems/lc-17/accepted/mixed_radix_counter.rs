// No recursion: number the words 0..total and read word k's letters off k
// in mixed radix, each digit's base being the size of its key.
impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        let keys: [&[u8]; 8] = [b"abc", b"def", b"ghi", b"jkl", b"mno", b"pqrs", b"tuv", b"wxyz"];
        let letters: Vec<&[u8]> = digits.bytes().map(|d| keys[(d - b'2') as usize]).collect();
        if letters.is_empty() {
            return Vec::new();
        }
        let total: usize = letters.iter().map(|l| l.len()).product();
        let mut out = Vec::with_capacity(total);
        for k in 0..total {
            let mut rest = k;
            let mut word = vec![0u8; letters.len()];
            for i in (0..letters.len()).rev() {
                word[i] = letters[i][rest % letters[i].len()];
                rest /= letters[i].len();
            }
            out.push(String::from_utf8(word).unwrap());
        }
        out
    }
}
