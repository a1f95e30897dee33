impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let (p, s) = (s1.as_bytes(), s2.as_bytes());
        let m = p.len();
        if m > s.len() {
            return false;
        }
        // diff[c] = occurrences of c in s1 minus occurrences in the window;
        // `unequal` counts the letters whose difference is not zero.
        let mut diff = [0i32; 26];
        for &b in p {
            diff[(b - b'a') as usize] += 1;
        }
        let mut unequal = diff.iter().filter(|&&d| d != 0).count();
        for i in 0..s.len() {
            Self::shift(&mut diff, &mut unequal, s[i], -1);
            if i >= m {
                Self::shift(&mut diff, &mut unequal, s[i - m], 1);
            }
            if i + 1 >= m && unequal == 0 {
                return true;
            }
        }
        false
    }

    fn shift(diff: &mut [i32; 26], unequal: &mut usize, b: u8, delta: i32) {
        let d = &mut diff[(b - b'a') as usize];
        if *d == 0 {
            *unequal += 1;
        }
        *d += delta;
        if *d == 0 {
            *unequal -= 1;
        }
    }
}
