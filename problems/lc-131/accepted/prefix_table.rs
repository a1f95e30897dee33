// Bottom-up over prefixes: ways[j] holds every partition of s[..j]. A
// partition of s[..j] is one of s[..i] followed by the palindrome s[i..j].
impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let b = s.as_bytes();
        let n = b.len();
        let is_pal = |i: usize, j: usize| (0..(j - i) / 2).all(|k| b[i + k] == b[j - 1 - k]);
        let mut ways: Vec<Vec<Vec<String>>> = vec![Vec::new(); n + 1];
        ways[0].push(Vec::new());
        for j in 1..=n {
            let mut here = Vec::new();
            for i in 0..j {
                if is_pal(i, j) {
                    for w in &ways[i] {
                        let mut longer = w.clone();
                        longer.push(s[i..j].to_string());
                        here.push(longer);
                    }
                }
            }
            ways[j] = here;
        }
        ways.pop().unwrap()
    }
}
