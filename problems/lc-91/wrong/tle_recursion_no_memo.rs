// The right recursion on the suffix, without remembering results: the
// number of calls grows with the number of decodings, about 2 * 10^9 for
// forty-five 1s in a row.
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        fn ways(d: &[u8], i: usize) -> i32 {
            if i == d.len() {
                return 1;
            }
            if d[i] == b'0' {
                return 0;
            }
            let mut total = ways(d, i + 1);
            if i + 1 < d.len() && (d[i] == b'1' || (d[i] == b'2' && d[i + 1] <= b'6')) {
                total += ways(d, i + 2);
            }
            total
        }
        ways(s.as_bytes(), 0)
    }
}
