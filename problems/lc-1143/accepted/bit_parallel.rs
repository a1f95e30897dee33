// Bit-parallel LCS (Allison-Dix, Hyyro): one bit per position of text2 in a
// multi-word vector V, all ones at first. For each character x of text1,
// with M the positions of x in text2 and U = V & M:
//     V = (V + U) | (V & !M)
// (a multi-word addition, carries moving towards higher positions). The
// answer is the number of zero bits of V among the m positions.
// O(n * m / 64).
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let b = text2.as_bytes();
        let m = b.len();
        let words = (m + 63) / 64;
        let mut masks = vec![vec![0u64; words]; 26];
        for (j, &c) in b.iter().enumerate() {
            masks[(c - b'a') as usize][j / 64] |= 1u64 << (j % 64);
        }
        let mut v = vec![u64::MAX; words];
        for &x in text1.as_bytes() {
            let mask = &masks[(x - b'a') as usize];
            let mut carry = 0u64;
            for w in 0..words {
                let u = v[w] & mask[w];
                let (s1, c1) = v[w].overflowing_add(u);
                let (s2, c2) = s1.overflowing_add(carry);
                carry = (c1 || c2) as u64;
                v[w] = s2 | (v[w] & !mask[w]);
            }
        }
        let mut zeros = 0;
        for j in 0..m {
            if v[j / 64] >> (j % 64) & 1 == 0 {
                zeros += 1;
            }
        }
        zeros
    }
}
