use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_N: usize = 50_000;

/// The printable ASCII characters: letters, digits, symbols and the space.
fn printable() -> Vec<char> {
    (b' '..=b'~').map(char::from).collect()
}

fn random_string(rng: &mut Rng, n: usize, alphabet: &[char]) -> String {
    (0..n).map(|_| *rng.pick(alphabet)).collect()
}

fn emit_case(name: &str, s: &str) {
    emit(name, &format!("[{}]", string(s)));
}

/// A random valid input of length `n` (1 <= n <= 5 * 10^4): characters from
/// a random subset of the printable ones, of 1 to 95 characters but at most
/// about n / 2 + 2, so short strings repeat characters.
fn random(rng: &mut Rng, n: usize) -> String {
    let mut alphabet = printable();
    rng.shuffle(&mut alphabet);
    let k = 1 + rng.below((n / 2 + 2).min(alphabet.len()));
    alphabet.truncate(k);
    format!("[{}]", string(&random_string(rng, n, &alphabet)))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(3);
    let all = printable();

    // Small strings over small alphabets (many repeats), for the brute force.
    let small_alphabets: [&[char]; 4] = [
        &['a', 'b', 'c'],
        &['x', ' ', 'Y', '7'],
        &['!', '"', '\\', 'q', 'Q'],
        &['0', '1', '2', '3', '4', '5', 'z'],
    ];
    for i in 0..30 {
        let alphabet = small_alphabets[i % small_alphabets.len()];
        let n = rng.below(16);
        emit_case(&format!("small-{i}"), &random_string(&mut rng, n, alphabet));
    }
    for i in 0..5 {
        let n = 50 + rng.below(300);
        emit_case(&format!("medium-{i}"), &random_string(&mut rng, n, &all));
    }

    // Maximum length, every printable character.
    for i in 0..2 {
        emit_case(&format!("random-max-{i}"), &random_string(&mut rng, MAX_N, &all));
    }
    // Lowercase letters only.
    let lower: Vec<char> = ('a'..='z').collect();
    emit_case("lowercase-max", &random_string(&mut rng, MAX_N, &lower));
    // One character repeated.
    emit_case("same-char-max", &" ".repeat(MAX_N));
    // All 95 printable characters, cycled: the answer is 95 everywhere.
    let cycle: String = all.iter().cycle().take(MAX_N).collect();
    emit_case("cycle-max", &cycle);
    // A shuffled run of all printable characters at the very end, after
    // repeats of a small alphabet.
    let mut tail = all.clone();
    rng.shuffle(&mut tail);
    let mut s = random_string(&mut rng, MAX_N - tail.len(), &['a', 'b']);
    s.extend(tail.iter());
    emit_case("best-at-end-max", &s);
    // Palindromic blocks "abc..zyx..a": a repeat right after each turn.
    let block: String = ('a'..='z').chain(('a'..'z').rev()).collect();
    let s: String = block.chars().cycle().take(MAX_N).collect();
    emit_case("palindromic-blocks-max", &s);
}
