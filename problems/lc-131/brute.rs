// Every way of cutting: bit k of the mask says whether to cut after
// character k (2^(n-1) masks). A cutting is kept when each piece equals its
// own reverse.
impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let chars: Vec<char> = s.chars().collect();
        let n = chars.len();
        let mut out = Vec::new();
        for mask in 0u32..1 << (n - 1) {
            let mut pieces: Vec<String> = Vec::new();
            let mut current = String::new();
            for k in 0..n {
                current.push(chars[k]);
                if k == n - 1 || mask >> k & 1 == 1 {
                    pieces.push(std::mem::take(&mut current));
                }
            }
            if pieces.iter().all(|p| p.chars().rev().collect::<String>() == *p) {
                out.push(pieces);
            }
        }
        out
    }
}
