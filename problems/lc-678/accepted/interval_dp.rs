impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // ok[i][j]: the substring s[i..=j] can be made balanced. Either s[i]
        // is a '*' read as nothing, or s[i] is an opener matched with some
        // closer s[k] with both the inside and the rest balanced. O(n^3).
        let b = s.as_bytes();
        let n = b.len();
        let opens = |c: u8| c == b'(' || c == b'*';
        let closes = |c: u8| c == b')' || c == b'*';
        // ok[i][j] for j < i stands for the empty substring.
        let mut ok = vec![vec![false; n + 1]; n + 1];
        let empty = |ok: &Vec<Vec<bool>>, i: usize, j: usize| j < i || ok[i][j];
        for len in 1..=n {
            for i in 0..=n - len {
                let j = i + len - 1;
                let mut v = false;
                if b[i] == b'*' && (len == 1 || ok[i + 1][j]) {
                    v = true;
                }
                if !v && opens(b[i]) {
                    for k in i + 1..=j {
                        if closes(b[k])
                            && (k == i + 1 || empty(&ok, i + 1, k - 1))
                            && (k == j || empty(&ok, k + 1, j))
                        {
                            v = true;
                            break;
                        }
                    }
                }
                ok[i][j] = v;
            }
        }
        ok[0][n - 1]
    }
}
