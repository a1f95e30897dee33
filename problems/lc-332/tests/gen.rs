use judge_harness::r#gen::{Rng, emit, sized};

const MAX_N: usize = 300;

fn args(tickets: &[(String, String)]) -> String {
    assert!((1..=MAX_N).contains(&tickets.len()));
    let parts: Vec<String> = tickets
        .iter()
        .map(|(a, b)| {
            assert!(a.len() == 3 && b.len() == 3 && a != b);
            assert!(a.bytes().chain(b.bytes()).all(|c| c.is_ascii_uppercase()));
            format!("[\"{a}\",\"{b}\"]")
        })
        .collect();
    format!("[[{}]]", parts.join(","))
}

fn random_name(rng: &mut Rng) -> String {
    (0..3).map(|_| (b'A' + rng.below(26) as u8) as char).collect()
}

/// `m` distinct airports, JFK first, the others random names.
fn airports(rng: &mut Rng, m: usize) -> Vec<String> {
    let mut v = vec!["JFK".to_string()];
    while v.len() < m {
        let s = random_name(rng);
        if !v.contains(&s) {
            v.push(s);
        }
    }
    v
}

/// The tickets of a random walk of `n` flights from JFK over `pool`
/// (never staying put), shuffled: always a valid input.
fn walk_tickets(rng: &mut Rng, pool: &[String], n: usize) -> Vec<(String, String)> {
    let mut at = 0;
    let mut tickets = Vec::with_capacity(n);
    for _ in 0..n {
        let mut next = rng.below(pool.len() - 1);
        if next >= at {
            next += 1;
        }
        tickets.push((pool[at].clone(), pool[next].clone()));
        at = next;
    }
    rng.shuffle(&mut tickets);
    tickets
}

/// A random valid input with `n` tickets (1 <= n <= 300): a random walk
/// from JFK over 2 to 40 airports (few airports: many repeated tickets).
fn random_walk(rng: &mut Rng, n: usize) -> String {
    let spread = if rng.chance(0.5) { 4 } else { 39 };
    let m = 2 + rng.below(spread);
    let pool = airports(rng, m);
    args(&walk_tickets(rng, &pool, n))
}

/// A random valid input with `n` tickets (1 <= n <= 300) in the shape of
/// max-hub-line, with random names: from JFK a line of n/3 hubs, each with
/// a side loop to fly before the way on, whose name comes after the next
/// hub's (so the alphabetical first choice is wrong at every hub, and
/// backtracking finds out only at the end), then a short random walk.
fn random(rng: &mut Rng, n: usize) -> String {
    let h = n / 3;
    let names = airports(rng, 1 + 2 * h + n % 3);
    let mut roles = names[1..1 + 2 * h].to_vec();
    roles.sort();
    let (hubs, sides) = roles.split_at(h);
    let mut tickets = Vec::with_capacity(n);
    let mut at = names[0].clone();
    for (hub, side) in hubs.iter().zip(sides) {
        tickets.push((at.clone(), hub.clone()));
        tickets.push((hub.clone(), side.clone()));
        tickets.push((side.clone(), hub.clone()));
        at = hub.clone();
    }
    for next in &names[1 + 2 * h..] {
        tickets.push((at.clone(), next.clone()));
        at = next.clone();
    }
    rng.shuffle(&mut tickets);
    args(&tickets)
}

fn t(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

fn main() {
    sized(random);
    let mut rng = Rng::new(332);

    for i in 0..36 {
        let n = 1 + rng.below(10);
        emit(&format!("small-{i}"), &random_walk(&mut rng, n));
    }

    // Random walks of 300 flights over 3, 5, 12, 40 and 150 airports.
    for (k, m) in [3usize, 5, 12, 40, 150].into_iter().enumerate() {
        let pool = airports(&mut rng, m);
        emit(&format!("max-walk-{k}-{m}-airports"), &args(&walk_tickets(&mut rng, &pool, MAX_N)));
    }
    // A trap: the smallest first step (AAA) leads into a run of repeated
    // AAA <-> BBB tickets that ends stuck; the loop through CCC must come
    // first. Backtracking that treats identical tickets as different
    // choices retries every ordering of the copies.
    for (name, k) in [("max-repeated-trap", 148usize), ("mid-repeated-trap", 12)] {
        let mut tickets = vec![t("JFK", "AAA"), t("JFK", "CCC"), t("CCC", "JFK")];
        for _ in 0..k {
            tickets.push(t("AAA", "BBB"));
            tickets.push(t("BBB", "AAA"));
        }
        rng.shuffle(&mut tickets);
        emit(name, &args(&tickets));
    }
    // Only two airports: JFK and one other, back and forth.
    let tickets: Vec<(String, String)> =
        (0..MAX_N).map(|i| if i % 2 == 0 { t("JFK", "LAX") } else { t("LAX", "JFK") }).collect();
    emit("max-two-airports", &args(&tickets));
    // 150 separate loops out of JFK, each JFK -> X -> JFK.
    let pool = airports(&mut rng, 151);
    let mut tickets = Vec::new();
    for x in &pool[1..] {
        tickets.push((pool[0].clone(), x.clone()));
        tickets.push((x.clone(), pool[0].clone()));
    }
    rng.shuffle(&mut tickets);
    emit("max-star-of-loops", &args(&tickets));
    // A single chain through 301 distinct airports, listed in random order.
    let pool = airports(&mut rng, 301);
    let mut tickets: Vec<(String, String)> = (0..MAX_N).map(|i| (pool[i].clone(), pool[i + 1].clone())).collect();
    rng.shuffle(&mut tickets);
    emit("max-chain", &args(&tickets));
    // Many traps in a row: from each hub, the smaller branch is a dead end
    // unless taken last; hubs are joined in a line.
    let mut tickets = Vec::new();
    let hubs: Vec<String> = (0..60).map(|i| format!("H{}{}", (b'A' + (i / 26) as u8) as char, (b'A' + (i % 26) as u8) as char)).collect();
    tickets.push(t("JFK", &hubs[0]));
    for i in 0..hubs.len() {
        let h = &hubs[i];
        let side = format!("S{}", &h[1..]);
        // A loop h -> side -> h, and the way on (or the end).
        tickets.push((h.clone(), side.clone()));
        tickets.push((side, h.clone()));
        if i + 1 < hubs.len() {
            tickets.push((h.clone(), hubs[i + 1].clone()));
        }
    }
    rng.shuffle(&mut tickets);
    emit("max-hub-line", &args(&tickets));
}
