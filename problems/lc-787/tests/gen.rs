use judge_harness::r#gen::{Rng, emit, sized};
use std::collections::HashSet;

const MAX_CITIES: usize = 100;

/// Flights on cities 0..n, at most one per unordered pair of cities.
struct Map {
    n: usize,
    flights: Vec<(usize, usize, i64)>,
    seen: HashSet<(usize, usize)>,
}

impl Map {
    fn new(n: usize) -> Map {
        Map { n, flights: Vec::new(), seen: HashSet::new() }
    }

    fn add(&mut self, from: usize, to: usize, price: i64) -> bool {
        assert!(from < self.n && to < self.n && (1..=10_000).contains(&price));
        if from == to || !self.seen.insert((from.min(to), from.max(to))) {
            return false;
        }
        self.flights.push((from, to, price));
        true
    }

    /// Random flights (random direction) with prices lo..=hi, up to `m`.
    fn fill(&mut self, rng: &mut Rng, m: usize, lo: i64, hi: i64) {
        let m = m.min(self.n * (self.n - 1) / 2);
        if 2 * m > self.n * (self.n - 1) / 2 {
            let n = self.n;
            let mut all: Vec<(usize, usize)> = (0..n).flat_map(|a| (a + 1..n).map(move |b| (a, b))).collect();
            rng.shuffle(&mut all);
            for (a, b) in all {
                if self.flights.len() >= m {
                    break;
                }
                let p = rng.range(lo, hi);
                if rng.chance(0.5) { self.add(a, b, p) } else { self.add(b, a, p) };
            }
        }
        while self.flights.len() < m {
            let (a, b) = (rng.below(self.n), rng.below(self.n));
            let p = rng.range(lo, hi);
            self.add(a, b, p);
        }
    }

    fn args(&self, src: usize, dst: usize, k: usize) -> String {
        let n = self.n;
        assert!((2..=MAX_CITIES).contains(&n) && self.flights.len() <= n * (n - 1) / 2);
        assert!(src < n && dst < n && src != dst && k < n);
        let parts: Vec<String> = self.flights.iter().map(|(a, b, p)| format!("[{a},{b},{p}]")).collect();
        format!("[{},[{}],{},{},{}]", n, parts.join(","), src, dst, k)
    }
}

/// A random valid input with `m` flights (0 <= m <= 4950): enough cities
/// for m flights on distinct pairs, random directions, prices 1..=10^4 or
/// a narrow range, a few "layers" of flights from src to dst planted half
/// the time, and k small or anything below n.
fn random(rng: &mut Rng, m: usize) -> String {
    let lo = (2..=MAX_CITIES).find(|&v| v * (v - 1) / 2 >= m).unwrap();
    let hi = MAX_CITIES.min(m + 2).max(lo);
    let n = lo + rng.below(hi - lo + 1);
    let src = rng.below(n);
    let dst = (src + 1 + rng.below(n - 1)) % n;
    let k = if rng.chance(0.6) { rng.below(n.min(4)) } else { rng.below(n) };
    let (plo, phi) = if rng.chance(0.3) { (1, 5) } else { (1, 10_000) };
    let mut map = Map::new(n);
    if m > 0 && rng.chance(0.5) {
        // A random route src -> ... -> dst through distinct cities.
        let mut others: Vec<usize> = (0..n).filter(|&c| c != src && c != dst).collect();
        rng.shuffle(&mut others);
        let len = rng.below(others.len().min(k + 2).min(m.saturating_sub(1)) + 1);
        let mut route = vec![src];
        route.extend(&others[..len]);
        route.push(dst);
        for w in route.windows(2) {
            if map.flights.len() < m {
                let p = rng.range(plo, phi);
                map.add(w[0], w[1], p);
            }
        }
    }
    map.fill(rng, m, plo, phi);
    rng.shuffle(&mut map.flights);
    map.args(src, dst, k)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(787);

    for i in 0..36 {
        let m = rng.below(13);
        emit(&format!("small-{i}"), &random(&mut rng, m));
    }

    let n = MAX_CITIES;
    let full = n * (n - 1) / 2;
    // Complete maps with random directions, k from 0 to 99.
    for (j, k) in [0usize, 1, 5, 50, 99].into_iter().enumerate() {
        let mut map = Map::new(n);
        map.fill(&mut rng, full, 1, 10_000);
        let src = rng.below(n);
        let dst = (src + 1 + rng.below(n - 1)) % n;
        emit(&format!("max-complete-{j}-k{k}"), &map.args(src, dst, k));
    }
    // Cheap flights i -> i + 1 along all 100 cities and pricey flights
    // everywhere else, all pointing forward: the more stops, the cheaper.
    // Listed from the far end; k = 98 allows the whole chain.
    for (name, k) in [("max-chain-all-stops", 98usize), ("max-chain-one-short", 97), ("max-chain-half", 49)] {
        let mut map = Map::new(n);
        for i in (0..n - 1).rev() {
            map.add(i, i + 1, 1);
        }
        for a in 0..n {
            for b in a + 2..n {
                map.add(a, b, 10_000 - (b - a) as i64);
            }
        }
        emit(name, &map.args(0, n - 1, k));
    }
    // Everything points away from dst's side: dst has no incoming flight.
    let mut map = Map::new(n);
    for a in 0..n {
        for b in a + 1..n {
            let p = rng.range(1, 10_000);
            if b == n - 1 { map.add(b, a, p) } else if rng.chance(0.5) { map.add(a, b, p) } else { map.add(b, a, p) };
        }
    }
    emit("max-dst-unreachable", &map.args(0, n - 1, 99));
    // All prices equal: the fewest flights win.
    let mut map = Map::new(n);
    map.fill(&mut rng, full, 7, 7);
    emit("max-equal-prices", &map.args(3, 77, 10));
    // A sparse map on 100 cities: a few flights only.
    let mut map = Map::new(n);
    map.fill(&mut rng, 150, 1, 10_000);
    emit("max-cities-sparse", &map.args(0, 1, 99));
}
