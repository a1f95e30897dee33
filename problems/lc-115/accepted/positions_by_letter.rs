// For each letter, the positions where it occurs in t, largest first. Each
// character of s then only touches the entries of the one-row table for its
// own positions in t.
impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        let t = t.as_bytes();
        let mut at: Vec<Vec<usize>> = vec![Vec::new(); 128];
        for j in (0..t.len()).rev() {
            at[t[j] as usize].push(j);
        }
        let mut ways = vec![0u64; t.len() + 1];
        ways[0] = 1;
        for c in s.bytes() {
            for &j in &at[c as usize] {
                ways[j + 1] = ways[j + 1].wrapping_add(ways[j]);
            }
        }
        ways[t.len()] as i32
    }
}
