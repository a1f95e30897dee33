impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        // Depth-first search over every route of at most k + 1 flights that
        // does not revisit a city, with no memo: exponential in k on a
        // well-connected map.
        let n = n as usize;
        let mut out = vec![Vec::new(); n];
        for f in &flights {
            out[f[0] as usize].push((f[1] as usize, f[2]));
        }
        let mut seen = vec![false; n];
        let mut best = i32::MAX;
        fn go(at: usize, left: i32, spent: i32, dst: usize, out: &[Vec<(usize, i32)>], seen: &mut Vec<bool>, best: &mut i32) {
            if at == dst {
                *best = (*best).min(spent);
                return;
            }
            if left == 0 {
                return;
            }
            seen[at] = true;
            for &(next, price) in &out[at] {
                if !seen[next] {
                    go(next, left - 1, spent + price, dst, out, seen, best);
                }
            }
            seen[at] = false;
        }
        go(src as usize, k + 1, 0, dst as usize, &out, &mut seen, &mut best);
        if best == i32::MAX { -1 } else { best }
    }
}
