impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let d = s.as_bytes();
        let n = d.len();
        // Going from the end: next1 = decodings of s[i + 1..],
        // next2 = decodings of s[i + 2..]; the empty suffix decodes once.
        let (mut next1, mut next2) = (1i32, 0i32);
        for i in (0..n).rev() {
            let mut here = 0;
            if d[i] != b'0' {
                here += next1;
                if i + 1 < n {
                    let pair = (d[i] - b'0') * 10 + (d[i + 1] - b'0');
                    if pair <= 26 {
                        here += next2;
                    }
                }
            }
            next2 = next1;
            next1 = here;
        }
        next1
    }
}
