impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        // Counts every sequence of moves explicitly: table[k] is the number of
        // ways to stand on step k, filled forwards by trying both moves.
        let n = n as usize;
        let mut table = vec![0i64; n + 3];
        table[0] = 1;
        for k in 0..n {
            for step in [1, 2] {
                table[k + step] += table[k];
            }
        }
        table[n] as i32
    }
}
