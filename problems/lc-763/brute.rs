impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        // Try every way to cut the string (each gap is cut or not), keep the
        // cuttings in which no letter is in two pieces, and return the one
        // with the most pieces.
        let bytes = s.as_bytes();
        let mut best: Vec<i32> = Vec::new();
        let mut sizes = Vec::new();
        Self::cut(bytes, 0, 1, &mut sizes, &mut best);
        best
    }

    // The current piece starts at `start`; decide the gap before index `i`.
    fn cut(s: &[u8], start: usize, i: usize, sizes: &mut Vec<i32>, best: &mut Vec<i32>) {
        if i == s.len() {
            sizes.push((i - start) as i32);
            if Self::valid(s, sizes) && sizes.len() > best.len() {
                *best = sizes.clone();
            }
            sizes.pop();
            return;
        }
        Self::cut(s, start, i + 1, sizes, best);
        sizes.push((i - start) as i32);
        Self::cut(s, i, i + 1, sizes, best);
        sizes.pop();
    }

    fn valid(s: &[u8], sizes: &[i32]) -> bool {
        // piece[c] = the piece letter c was first seen in.
        let mut piece = [usize::MAX; 26];
        let mut pos = 0;
        for (p, &len) in sizes.iter().enumerate() {
            for &b in &s[pos..pos + len as usize] {
                let c = (b - b'a') as usize;
                if piece[c] == usize::MAX {
                    piece[c] = p;
                } else if piece[c] != p {
                    return false;
                }
            }
            pos += len as usize;
        }
        true
    }
}
