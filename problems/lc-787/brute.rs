impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        // Every sequence of at most k + 1 flights out of src, tried in turn.
        fn go(at: i32, flights_left: i32, spent: i32, dst: i32, flights: &[Vec<i32>], best: &mut i32) {
            if at == dst {
                *best = (*best).min(spent);
            }
            if flights_left == 0 {
                return;
            }
            for f in flights {
                if f[0] == at {
                    go(f[1], flights_left - 1, spent + f[2], dst, flights, best);
                }
            }
        }
        let _ = n;
        let mut best = i32::MAX;
        go(src, k + 1, 0, dst, &flights, &mut best);
        if best == i32::MAX { -1 } else { best }
    }
}
