//! Helpers for a problem package's test generator (`tests/gen.rs`).
//!
//! A generator is a small program compiled against this harness; it prints
//! one case per line as `NAME<TAB>ARGS` (ARGS a JSON array in LeetCode's
//! format) with [`emit`]. It must be deterministic: every random choice comes
//! from an [`Rng`] with a fixed seed, so the same package always yields the
//! same tests (`judge verify` checks this).

use std::fmt::Display;
use std::io::Write;

/// A small deterministic generator (SplitMix64). Not for cryptography.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform integer in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        assert!(lo <= hi, "Rng::range({lo}, {hi}): empty range");
        let span = (hi as i128 - lo as i128 + 1) as u128;
        (lo as i128 + (self.next_u64() as u128 % span) as i128) as i64
    }

    /// A uniform index in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        assert!(n > 0, "Rng::below(0)");
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }

    pub fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

/// Package format 2: answers `gen size N seed S` (optionally `count C`: that
/// many, seeds S, S+1, ...) with one random valid input
/// of size `N` (as the package's `size` field measures it), made by
/// `random` from `Rng::new(S)`, printed as its JSON argument array on one
/// line; then the program exits. Called first in `main`; without those
/// arguments it returns and `main` emits the fixed cases as before (which may
/// call `random` too). `judge` uses it to search for a small failing input
/// and to time a solution over growing sizes; `judge verify` checks that
/// every size in `size_range` gives a valid input, the same one every time.
///
/// ```ignore
/// fn random(rng: &mut Rng, n: usize) -> String {
///     let nums: Vec<i64> = (0..n).map(|_| rng.range(-100, 100)).collect();
///     format!("[{}]", list(&nums))
/// }
/// fn main() {
///     sized(random);
///     emit("random-max", &random(&mut Rng::new(1), 3000));
/// }
/// ```
pub fn sized(random: impl Fn(&mut Rng, usize) -> String) {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `size N seed S`, or `size N seed S count C`: C inputs, seeds S, S+1, ...
    let (n, seed, count) = match args.as_slice() {
        [size, n, seed, s] if size == "size" && seed == "seed" => (n, s, "1"),
        [size, n, seed, s, count, c] if size == "size" && seed == "seed" && count == "count" => {
            (n, s, c.as_str())
        }
        _ => return,
    };
    let (Ok(n), Ok(seed), Ok(count)) = (
        n.parse::<usize>(),
        seed.parse::<u64>(),
        count.parse::<u64>(),
    ) else {
        eprintln!("usage: gen size N seed S [count C] (whole numbers)");
        std::process::exit(2);
    };
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    for s in seed..seed.saturating_add(count) {
        let args = random(&mut Rng::new(s), n);
        assert!(
            !args.contains('\n'),
            "size {n} seed {s}: arguments must fit on one line"
        );
        let _ = writeln!(lock, "{args}");
    }
    let _ = lock.flush();
    std::process::exit(0);
}

/// Prints one case: `name` (letters, digits, `-`, `_`) and its arguments as a
/// JSON array, e.g. `emit("large-1", &format!("[{},{}]", list(&nums), k))`.
pub fn emit(name: &str, args: &str) {
    assert!(
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
        "case name {name:?}: use letters, digits, '-' and '_'"
    );
    assert!(
        !args.contains('\n'),
        "case {name}: arguments must fit on one line"
    );
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    let _ = writeln!(lock, "{name}\t{args}");
}

/// A JSON array of numbers (or anything whose Display is valid JSON).
pub fn list<T: Display>(v: &[T]) -> String {
    let mut out = String::with_capacity(v.len() * 6 + 2);
    out.push('[');
    for (i, x) in v.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&x.to_string());
    }
    out.push(']');
    out
}

/// A JSON string literal.
pub fn string(s: &str) -> String {
    let mut out = String::new();
    crate::json::write_str(&mut out, s);
    out
}

/// A JSON array of strings (for `Vec<String>`, `Vec<char>`, grid rows).
pub fn strings<S: AsRef<str>>(v: &[S]) -> String {
    let parts: Vec<String> = v.iter().map(|s| string(s.as_ref())).collect();
    format!("[{}]", parts.join(","))
}

/// A binary tree under construction, as an arena: node 0 is the root and
/// `kids[i]` holds node i's left and right child. Generators grow it with
/// [`Tree::add`] and by setting `kids`, then print it with [`Tree::encode`].
#[derive(Clone, Debug, Default)]
pub struct Tree {
    pub vals: Vec<i32>,
    pub kids: Vec<[Option<usize>; 2]>,
}

impl Tree {
    pub fn new() -> Tree {
        Tree::default()
    }

    /// A new node, not yet attached; returns its index.
    pub fn add(&mut self, val: i32) -> usize {
        self.vals.push(val);
        self.kids.push([None, None]);
        self.vals.len() - 1
    }

    /// LeetCode's level order of the tree under node 0 (`[]` when empty).
    pub fn encode(&self) -> String {
        let mut out = Vec::new();
        if !self.vals.is_empty() {
            let mut queue = std::collections::VecDeque::from([Some(0)]);
            while let Some(slot) = queue.pop_front() {
                match slot {
                    None => out.push(None),
                    Some(i) => {
                        out.push(Some(self.vals[i]));
                        queue.extend(self.kids[i]);
                    }
                }
            }
        }
        level_order(&out)
    }
}

/// A level-order tree: `None` is `null`. Trailing nulls are trimmed.
pub fn level_order(v: &[Option<i32>]) -> String {
    let mut end = v.len();
    while end > 0 && v[end - 1].is_none() {
        end -= 1;
    }
    let parts: Vec<String> = v[..end]
        .iter()
        .map(|x| match x {
            Some(x) => x.to_string(),
            None => "null".into(),
        })
        .collect();
    format!("[{}]", parts.join(","))
}
