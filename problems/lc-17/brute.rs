// Every string of lowercase letters as long as `digits` (at most 26^4),
// kept when each letter is printed on the key of its digit.
impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        let key_of = |c: u8| -> u8 {
            match c {
                b'a'..=b'c' => b'2',
                b'd'..=b'f' => b'3',
                b'g'..=b'i' => b'4',
                b'j'..=b'l' => b'5',
                b'm'..=b'o' => b'6',
                b'p'..=b's' => b'7',
                b't'..=b'v' => b'8',
                _ => b'9',
            }
        };
        let n = digits.len();
        if n == 0 {
            return Vec::new();
        }
        let mut out = Vec::new();
        for code in 0..26usize.pow(n as u32) {
            let mut word = Vec::with_capacity(n);
            let mut rest = code;
            for _ in 0..n {
                word.push(b'a' + (rest % 26) as u8);
                rest /= 26;
            }
            if word.iter().zip(digits.bytes()).all(|(&c, d)| key_of(c) == d) {
                out.push(String::from_utf8(word).unwrap());
            }
        }
        out
    }
}
