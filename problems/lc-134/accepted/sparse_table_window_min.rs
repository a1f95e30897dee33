impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // Unroll the circle twice and take prefix sums p. Start s works iff
        // the smallest of p[s+1..=s+n] is at least p[s]. A sparse table
        // answers each of those range minimums: O(n log n) time and memory.
        let n = gas.len();
        let m = 2 * n + 1;
        let mut p = vec![0i64; m];
        for i in 0..2 * n {
            p[i + 1] = p[i] + (gas[i % n] - cost[i % n]) as i64;
        }
        let mut table: Vec<Vec<i64>> = vec![p.clone()];
        let mut width = 1;
        while 2 * width <= m {
            let prev = table.last().unwrap();
            let next: Vec<i64> =
                (0..=m - 2 * width).map(|i| prev[i].min(prev[i + width])).collect();
            table.push(next);
            width *= 2;
        }
        let range_min = |lo: usize, hi: usize| -> i64 {
            // inclusive lo..=hi
            let len = hi - lo + 1;
            let k = (usize::BITS - 1 - len.leading_zeros()) as usize;
            table[k][lo].min(table[k][hi + 1 - (1 << k)])
        };
        for s in 0..n {
            if range_min(s + 1, s + n) >= p[s] {
                return s as i32;
            }
        }
        -1
    }
}
