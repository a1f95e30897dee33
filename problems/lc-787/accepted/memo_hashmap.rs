use std::collections::HashMap;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        // Top-down DP: cheapest(v, j) = cheapest price from src to v in at
        // most j flights, from the flights arriving at v, memoised in a
        // HashMap keyed by (city, flights).
        let mut incoming: Vec<Vec<(i32, i32)>> = vec![Vec::new(); n as usize];
        for f in &flights {
            incoming[f[1] as usize].push((f[0], f[2]));
        }
        fn cheapest(
            v: i32,
            j: i32,
            src: i32,
            incoming: &[Vec<(i32, i32)>],
            memo: &mut HashMap<(i32, i32), i64>,
        ) -> i64 {
            if v == src {
                return 0;
            }
            if j == 0 {
                return i64::MAX;
            }
            if let Some(&c) = memo.get(&(v, j)) {
                return c;
            }
            let mut best = i64::MAX;
            for &(u, price) in &incoming[v as usize] {
                let c = cheapest(u, j - 1, src, incoming, memo);
                if c != i64::MAX {
                    best = best.min(c + price as i64);
                }
            }
            memo.insert((v, j), best);
            best
        }
        let mut memo = HashMap::new();
        let c = cheapest(dst, k + 1, src, &incoming, &mut memo);
        if c == i64::MAX { -1 } else { c as i32 }
    }
}
