// ways(n) is the Fibonacci number F(n + 1): the top-left entry of
// [[1,1],[1,0]]^n, computed by repeated squaring in O(log n)
// multiplications (u64 entries: F(46) still fits easily).
impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        type M = [[u64; 2]; 2];
        fn mul(a: &M, b: &M) -> M {
            let mut c = [[0u64; 2]; 2];
            for i in 0..2 {
                for j in 0..2 {
                    c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j];
                }
            }
            c
        }
        let mut result: M = [[1, 0], [0, 1]];
        let mut base: M = [[1, 1], [1, 0]];
        let mut e = n as u32;
        while e > 0 {
            if e & 1 == 1 {
                result = mul(&result, &base);
            }
            base = mul(&base, &base);
            e >>= 1;
        }
        result[0][0] as i32
    }
}
