// Two rows, previous and current, swapped after each letter of the shorter
// word's partner; the table's columns run over the shorter word.
impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        let (long, short) = if word1.len() >= word2.len() { (word1, word2) } else { (word2, word1) };
        let (a, b) = (long.as_bytes(), short.as_bytes());
        let n = b.len();
        let mut prev: Vec<u16> = (0..=n as u16).collect();
        let mut cur: Vec<u16> = vec![0; n + 1];
        for (i, &ca) in a.iter().enumerate() {
            cur[0] = i as u16 + 1;
            for j in 0..n {
                let sub = prev[j] + if ca == b[j] { 0 } else { 1 };
                let del = prev[j + 1] + 1;
                let ins = cur[j] + 1;
                cur[j + 1] = sub.min(del).min(ins);
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        prev[n] as i32
    }
}
