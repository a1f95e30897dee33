// Top-down recursion over start indices with a Vec<Option<i32>> memo.
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let d: Vec<u8> = s.bytes().map(|b| b - b'0').collect();
        let mut memo = vec![None; d.len() + 1];
        Self::from(&d, 0, &mut memo)
    }

    fn from(d: &[u8], i: usize, memo: &mut Vec<Option<i32>>) -> i32 {
        if i == d.len() {
            return 1;
        }
        if let Some(v) = memo[i] {
            return v;
        }
        let v = match d[i] {
            0 => 0,
            first => {
                let one = Self::from(d, i + 1, memo);
                let two = if i + 1 < d.len() && first * 10 + d[i + 1] <= 26 {
                    Self::from(d, i + 2, memo)
                } else {
                    0
                };
                one + two
            }
        };
        memo[i] = Some(v);
        v
    }
}
