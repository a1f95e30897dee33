impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // Try every reading of the wildcards ('(', ')' or nothing) and test
        // each resulting string with a counter.
        let chars: Vec<u8> = s.bytes().collect();
        let mut built = Vec::new();
        Self::any(&chars, 0, &mut built)
    }

    fn any(s: &[u8], i: usize, built: &mut Vec<u8>) -> bool {
        if i == s.len() {
            return Self::balanced(built);
        }
        let options: &[Option<u8>] = if s[i] == b'*' {
            &[Some(b'('), Some(b')'), None]
        } else {
            &[Some(s[i])]
        };
        for &o in options {
            if let Some(c) = o {
                built.push(c);
            }
            let ok = Self::any(s, i + 1, built);
            if o.is_some() {
                built.pop();
            }
            if ok {
                return true;
            }
        }
        false
    }

    fn balanced(p: &[u8]) -> bool {
        let mut depth = 0i32;
        for &c in p {
            depth += if c == b'(' { 1 } else { -1 };
            if depth < 0 {
                return false;
            }
        }
        depth == 0
    }
}
