use judge_harness::r#gen::{emit, strings, Rng, sized};

const MAX_LEN: usize = 10_000;
const MAX_COOLDOWN: i64 = 100;

fn letter(i: usize) -> String {
    ((b'A' + i as u8) as char).to_string()
}

fn case(name: &str, tasks: &[String], n: i64) {
    assert!(!tasks.is_empty() && tasks.len() <= MAX_LEN);
    assert!((0..=MAX_COOLDOWN).contains(&n));
    emit(name, &format!("[{},{}]", strings(tasks), n));
}

/// Tasks with the given count per letter (index 0 is A), shuffled.
fn from_counts(rng: &mut Rng, counts: &[usize]) -> Vec<String> {
    let mut tasks = Vec::new();
    for (i, &c) in counts.iter().enumerate() {
        tasks.extend(std::iter::repeat(letter(i)).take(c));
    }
    rng.shuffle(&mut tasks);
    tasks
}

fn random_tasks(rng: &mut Rng, len: usize, letters: usize) -> Vec<String> {
    (0..len).map(|_| letter(rng.below(letters))).collect()
}

/// A random valid input of n tasks (1 <= n <= 10^4) over 1 to 26 letters,
/// with a cooldown up to 2n+3 (capped at 100).
fn random(rng: &mut Rng, n: usize) -> String {
    let letters = 1 + rng.below(26.min(n + 1));
    let cooldown = rng.range(0, (2 * n as i64 + 3).min(MAX_COOLDOWN));
    let tasks = random_tasks(rng, n, letters);
    format!("[{},{}]", strings(&tasks), cooldown)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(621);

    // Small random cases over a few letters, for the brute-force cross-check.
    for i in 0..36 {
        let len = 1 + rng.below(12);
        let letters = [1, 2, 3, 5, 26][i % 5];
        let n = [0, 1, 2, 3, 7, 100][rng.below(6)];
        case(&format!("small-{i}"), &random_tasks(&mut rng, len, letters), n);
    }

    // Maximum length, all 26 letters evenly: frames overflow unless n is large.
    for (i, n) in [0, 2, 25, 26, 100].into_iter().enumerate() {
        case(&format!("random-max-{i}"), &random_tasks(&mut rng, MAX_LEN, 26), n);
    }

    // One letter only, the largest cooldown: (10^4 - 1) * 101 + 1 slots.
    case("one-letter-max", &vec![letter(25); MAX_LEN], MAX_COOLDOWN);

    // Two letters, tied.
    let tasks = from_counts(&mut rng, &[MAX_LEN / 2, MAX_LEN / 2]);
    case("two-tied-max", &tasks, MAX_COOLDOWN);

    // Every letter equally often: 384 each, n = 25 fills the frames exactly.
    let tasks = from_counts(&mut rng, &[384; 26]);
    case("all-tied-exact", &tasks, 25);
    case("all-tied-idle", &tasks, 26);

    // Skewed counts: one letter dominates, the rest fill some gaps.
    let mut counts = vec![0usize; 26];
    counts[0] = 4_000;
    for c in counts.iter_mut().skip(1) {
        *c = 240;
    }
    let tasks = from_counts(&mut rng, &counts);
    case("dominant-letter", &tasks, 1);
    case("dominant-letter-n2", &tasks, 2);
    case("dominant-letter-max", &tasks, MAX_COOLDOWN);

    // Geometric counts: 5000, 2500, 1250, ... over the first letters.
    let mut counts = vec![0usize; 26];
    let mut left = MAX_LEN;
    for c in counts.iter_mut() {
        let take = (left / 2).max(1).min(left);
        *c = take;
        left -= take;
    }
    counts[25] += left;
    let tasks = from_counts(&mut rng, &counts);
    case("geometric", &tasks, 3);

    // Sorted input, a few letters.
    let mut tasks = random_tasks(&mut rng, MAX_LEN, 4);
    tasks.sort();
    case("sorted-four-letters", &tasks, 7);
}
