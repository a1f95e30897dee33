use judge_harness::r#gen::{emit, Rng, sized};

const MAX_N: usize = 10_000;
const C: i64 = 10_000;

fn d2(p: (i64, i64)) -> i64 {
    p.0 * p.0 + p.1 * p.1
}

/// The values of k for which the answer is unique: k = n, or the k-th
/// smallest squared distance is below the (k+1)-th.
fn valid_ks(points: &[(i64, i64)]) -> Vec<usize> {
    let mut d: Vec<i64> = points.iter().map(|&p| d2(p)).collect();
    d.sort();
    (1..=d.len()).filter(|&k| k == d.len() || d[k - 1] < d[k]).collect()
}

/// The valid k nearest to `want`.
fn near_k(points: &[(i64, i64)], want: usize) -> usize {
    *valid_ks(points).iter().min_by_key(|&&k| (k as i64 - want as i64).abs()).unwrap()
}

fn case(name: &str, points: &[(i64, i64)], k: usize) {
    assert!(!points.is_empty() && points.len() <= MAX_N);
    assert!(points.iter().all(|p| p.0.abs() <= C && p.1.abs() <= C));
    assert!(valid_ks(points).contains(&k), "case {name}: k = {k} does not give a unique answer");
    let ps: Vec<String> = points.iter().map(|p| format!("[{},{}]", p.0, p.1)).collect();
    emit(name, &format!("[[{}],{}]", ps.join(","), k));
}

fn random_points(rng: &mut Rng, n: usize, c: i64) -> Vec<(i64, i64)> {
    (0..n).map(|_| (rng.range(-c, c), rng.range(-c, c))).collect()
}

/// A random valid input of n points (1 <= n <= 10^4) with coordinates in
/// -(2n+3)..=2n+3 (capped at 10^4), so small inputs have ties and
/// duplicates; k is a random one of the values with a unique answer.
fn random(rng: &mut Rng, n: usize) -> String {
    let c = (2 * n as i64 + 3).min(C);
    let points = random_points(rng, n, c);
    let k = *rng.pick(&valid_ks(&points));
    let ps: Vec<String> = points.iter().map(|p| format!("[{},{}]", p.0, p.1)).collect();
    format!("[[{}],{}]", ps.join(","), k)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(973);

    // Small random cases (narrow ranges give ties and duplicates), for the
    // brute-force cross-check.
    for i in 0..36 {
        let n = 1 + rng.below(12);
        let c = [2, 5, 30, C][i % 4];
        let points = random_points(&mut rng, n, c);
        let k = *rng.pick(&valid_ks(&points));
        case(&format!("small-{i}"), &points, k);
    }

    // Maximum n over the whole square, with k small, middle, large and n.
    let points = random_points(&mut rng, MAX_N, C);
    for (name, want) in [("random-max-k1", 1), ("random-max-k-half", MAX_N / 2), ("random-max-k-most", MAX_N - 1), ("random-max-k-all", MAX_N)] {
        case(name, &points, near_k(&points, want));
    }
    let points = random_points(&mut rng, MAX_N, C);
    case("random-max-k-third", &points, near_k(&points, MAX_N / 3));

    // Sorted by distance, nearest first and nearest last.
    let mut points = random_points(&mut rng, MAX_N, C);
    points.sort_by_key(|&p| d2(p));
    case("sorted-near-first", &points, near_k(&points, MAX_N / 2));
    points.reverse();
    case("sorted-near-last", &points, near_k(&points, MAX_N / 2));

    // Every point the same: only k = n has a unique answer.
    case("all-same-max", &vec![(-C, C); MAX_N], MAX_N);

    // Only the four corners of the square and the origin once.
    let corners = [(C, C), (C, -C), (-C, C), (-C, -C)];
    let mut points: Vec<(i64, i64)> = (0..MAX_N - 1).map(|_| *rng.pick(&corners)).collect();
    points.push((0, 0));
    rng.shuffle(&mut points);
    case("corners-and-origin", &points, 1);

    // Many points near the circle of radius 10^4, where f32 cannot tell
    // squared distances 10^8 and 10^8 + 1 apart: the answer is every point
    // at squared distance <= 10^8, and points at exactly 10^8 + 1 come first.
    let on_circle = [(C, 0), (-C, 0), (0, C), (0, -C), (6000, 8000), (-8000, 6000), (2800, -9600), (-9600, -2800)];
    let just_outside = [(C, 1), (C, -1), (-C, 1), (1, C), (-1, -C), (-1, C)];
    let mut inside = Vec::new();
    while inside.len() < 4_000 {
        let p = (rng.range(-C, C), rng.range(-C, C));
        if d2(p) < 100_000_000 {
            inside.push(p);
        }
    }
    inside.extend((0..1_000).map(|_| *rng.pick(&on_circle)));
    let mut outside: Vec<(i64, i64)> = (0..1_000).map(|_| *rng.pick(&just_outside)).collect();
    while outside.len() < 5_000 {
        let p = (rng.range(-C, C), rng.range(-C, C));
        if d2(p) > 100_000_001 {
            outside.push(p);
        }
    }
    rng.shuffle(&mut inside);
    rng.shuffle(&mut outside);
    let k = inside.len();
    let mut points = outside[..1_000].to_vec();
    points.extend(inside);
    points.extend_from_slice(&outside[1_000..]);
    case("f32-circle", &points, k);

    // Points on a few concentric rings around the origin; k takes whole rings.
    let rings = [(3, 4), (5, 12), (8, 15), (7, 24), (20, 21)];
    let mut points: Vec<(i64, i64)> = (0..MAX_N)
        .map(|_| {
            let (a, b) = *rng.pick(&rings);
            let (x, y) = if rng.chance(0.5) { (a, b) } else { (b, a) };
            (if rng.chance(0.5) { -x } else { x }, if rng.chance(0.5) { -y } else { y })
        })
        .collect();
    rng.shuffle(&mut points);
    case("rings", &points, near_k(&points, MAX_N / 2));
}
