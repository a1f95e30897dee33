//! Problem packages: loading, validating, and reading their parts.
//!
//! A package is a folder (`problems/lc-15/`); see docs/package-format.md.
//! The built-in packages are embedded in the binary; `--problems DIR` or
//! `JUDGE_PROBLEMS` selects another folder. This module owns the format and
//! its error messages (file, field, value, what was expected). It does not
//! compile or run anything.

use crate::engine::complexity::{CLASSES, Class};
use crate::engine::signature::{FnSig, Shape};
use crate::error::{Error, IoContext, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

pub const PROBLEMS_ENV: &str = "JUDGE_PROBLEMS";
pub const PROBLEM_TOML: &str = "problem.toml";
pub const STATEMENT: &str = "statement.md";
pub const STUB: &str = "stub.rs";
pub const REFERENCE: &str = "reference.rs";
pub const BRUTE: &str = "brute.rs";
pub const CASES: &str = "tests/cases.toml";
pub const GENERATOR: &str = "tests/gen.rs";
/// A package's own checker (`[checker] kind = "custom"`).
pub const CHECKER: &str = "tests/checker.rs";
pub const WRONG_DIR: &str = "wrong/";
/// Solutions LeetCode accepts, written other ways than the reference (the
/// slowest accepted approach among them): each must be accepted here.
pub const ACCEPTED_DIR: &str = "accepted/";
/// The newest package format; every older one back to 1 still loads.
/// Format 2 adds a sized generator (`size_range`, `gen size N seed S`).
pub const FORMAT_VERSION: u32 = 2;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_problems.rs"));
}

/// A problem id such as `lc-15`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ProblemId(String);

impl ProblemId {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Accepts `lc-15`, `LC-15`, `lc15` and `15`.
    pub fn normalize(text: &str) -> ProblemId {
        let t = text.trim().to_ascii_lowercase();
        if let Some(n) = t.strip_prefix("lc") {
            let n = n.trim_start_matches(['-', '_']);
            if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) {
                return ProblemId(format!("lc-{n}"));
            }
        }
        if !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()) {
            return ProblemId(format!("lc-{t}"));
        }
        ProblemId(t)
    }
}

impl fmt::Display for ProblemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(
    Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub fn label(self) -> &'static str {
        match self {
            Difficulty::Easy => "Easy",
            Difficulty::Medium => "Medium",
            Difficulty::Hard => "Hard",
        }
    }

    /// The interview target range in minutes (DESIGN §1).
    pub fn target_minutes(self) -> (u32, u32) {
        match self {
            Difficulty::Easy => (10, 15),
            Difficulty::Medium => (25, 30),
            Difficulty::Hard => (40, 45),
        }
    }

    pub fn parse(s: &str) -> Option<Difficulty> {
        match s.to_ascii_lowercase().as_str() {
            "easy" => Some(Difficulty::Easy),
            "medium" => Some(Difficulty::Medium),
            "hard" => Some(Difficulty::Hard),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckerKind {
    Exact,
    Float,
    Unordered,
    UnorderedNested,
    InPlacePrefix,
    /// The package's own checker program, `tests/checker.rs`, which sees the
    /// input (any valid answer).
    Custom,
}

impl CheckerKind {
    /// The name problem.toml uses.
    pub fn name(self) -> &'static str {
        match self {
            CheckerKind::Exact => "exact",
            CheckerKind::Float => "float",
            CheckerKind::Unordered => "unordered",
            CheckerKind::UnorderedNested => "unordered-nested",
            CheckerKind::InPlacePrefix => "in-place-prefix",
            CheckerKind::Custom => "custom",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckerSpec {
    pub kind: CheckerKind,
    #[serde(default = "default_tol")]
    pub abs_tol: f64,
    #[serde(default = "default_tol")]
    pub rel_tol: f64,
}

fn default_tol() -> f64 {
    1e-5
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    #[serde(default = "default_multiplier")]
    pub time_multiplier: f64,
    #[serde(default = "default_floor")]
    pub time_floor_ms: u64,
    #[serde(default = "default_memory")]
    pub memory_mb: u64,
    /// The solution whose slowest case, timed on this machine, the limit is
    /// a multiple of: the slowest approach LeetCode accepts, a file under
    /// `accepted/` (Kattis' method). Without it, the reference.
    #[serde(default)]
    pub calibrate: Option<String>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time_multiplier: default_multiplier(),
            time_floor_ms: default_floor(),
            memory_mb: default_memory(),
            calibrate: None,
        }
    }
}

/// Ten times the reference's slowest case: a solution of the intended
/// complexity with a heavier constant (hashing where the reference sorts,
/// say) still passes, while the next worse complexity, 20x and more slower
/// on the largest cases, still fails.
fn default_multiplier() -> f64 {
    10.0
}
fn default_floor() -> u64 {
    100
}
fn default_memory() -> u64 {
    256
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureSpec {
    pub function: Option<String>,
    pub class: Option<String>,
    pub methods: Option<Vec<String>>,
    #[serde(default)]
    pub node_params: Vec<String>,
    #[serde(default)]
    pub returns_node: bool,
    /// For a codec class (LC 297): `[serialize, deserialize]`. Each test's
    /// input is one value; the answer is `deserialize(serialize(value))`,
    /// computed by two separate instances.
    pub roundtrip: Option<Vec<String>>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProblemToml {
    pub format: u32,
    pub id: String,
    pub title: String,
    pub leetcode: Option<u32>,
    pub difficulty: Difficulty,
    pub patterns: Vec<String>,
    #[serde(default)]
    pub lists: Vec<String>,
    #[serde(default)]
    pub hints: Vec<String>,
    pub signature: SignatureSpec,
    pub checker: CheckerSpec,
    #[serde(default)]
    pub limits: Limits,
    /// The intended complexity in terms of the size parameter: `O(n log n)`.
    pub complexity: Option<String>,
    /// What the size parameter measures: `n = nums.length`.
    pub size: Option<String>,
    /// Where `complexity` is in more than the size n (`O(n log k)`,
    /// `O(n + e)`): the class it grows by in n alone, as the sized
    /// generator's inputs grow (`O(n log n)` where the generator makes k
    /// grow with n). One of the classes of `complexity::CLASSES`; the
    /// growth measurement compares with it.
    pub growth: Option<String>,
    /// Format 2: the sizes `gen size N seed S` accepts, smallest and largest
    /// (the constraints' range of the size parameter).
    pub size_range: Option<[u64; 2]>,
}

pub const KNOWN_LISTS: &[&str] = &["seed", "blind75", "neetcode150"];

/// A validated package, with all of its files in memory.
#[derive(Clone, Debug)]
pub struct Package {
    pub id: ProblemId,
    /// Where it came from, for messages: `problems/lc-15` (embedded) or a path.
    pub origin: PathBuf,
    pub meta: ProblemToml,
    pub shape: Shape,
    files: BTreeMap<String, Vec<u8>>,
}

/// One test case as written in the package or printed by its generator.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Case {
    pub name: String,
    #[serde(default)]
    pub sample: bool,
    pub input: String,
    #[serde(default)]
    pub expected: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CasesToml {
    #[serde(default)]
    case: Vec<Case>,
}

/// Which verdict a known-wrong solution must get, from its file name.
#[derive(Clone, Debug)]
pub struct WrongSolution {
    pub file: String,
    pub declared: String,
    pub code: String,
}

impl ProblemToml {
    /// The class, in the size n, of the intended complexity: `growth`
    /// where given, else `complexity` where it is in n alone.
    pub fn intended_class(&self) -> Option<Class> {
        match &self.growth {
            Some(g) => Class::parse(g),
            None => Class::of_stated(self.complexity.as_deref()?, self.size.as_deref()),
        }
    }
}

impl Package {
    pub fn file(&self, rel: &str) -> Option<&str> {
        self.files
            .get(rel)
            .and_then(|b| std::str::from_utf8(b).ok())
    }

    fn required(&self, rel: &str) -> Result<&str> {
        self.file(rel).ok_or_else(|| {
            Error::package(self.origin.join(rel), "missing (every package needs it)")
        })
    }

    pub fn statement(&self) -> Result<&str> {
        self.required(STATEMENT)
    }
    pub fn stub(&self) -> Result<&str> {
        self.required(STUB)
    }
    pub fn reference(&self) -> Result<&str> {
        self.required(REFERENCE)
    }
    pub fn brute(&self) -> Option<&str> {
        self.file(BRUTE)
    }
    pub fn generator(&self) -> Option<&str> {
        self.file(GENERATOR)
    }
    /// The source of the package's own checker (`kind = "custom"`).
    pub fn checker_source(&self) -> Option<&str> {
        self.file(CHECKER)
    }

    pub fn wrong_solutions(&self) -> Vec<WrongSolution> {
        self.files
            .iter()
            .filter_map(|(rel, bytes)| {
                let name = rel.strip_prefix(WRONG_DIR)?;
                let stem = name.strip_suffix(".rs")?;
                let declared = stem.split('_').next()?.to_ascii_uppercase();
                Some(WrongSolution {
                    file: rel.clone(),
                    declared,
                    code: String::from_utf8_lossy(bytes).into_owned(),
                })
            })
            .collect()
    }

    /// The `accepted/` solutions: (file, code).
    pub fn accepted_solutions(&self) -> Vec<(String, String)> {
        self.files
            .iter()
            .filter(|(rel, _)| rel.starts_with(ACCEPTED_DIR) && rel.ends_with(".rs"))
            .map(|(rel, bytes)| (rel.clone(), String::from_utf8_lossy(bytes).into_owned()))
            .collect()
    }

    /// The handwritten cases, in file order.
    pub fn handwritten_cases(&self) -> Result<Vec<Case>> {
        let Some(text) = self.file(CASES) else {
            return Ok(Vec::new());
        };
        let path = self.origin.join(CASES);
        let parsed: CasesToml =
            toml::from_str(text).map_err(|e| Error::package(&path, toml_message(&e)))?;
        let mut seen = std::collections::HashSet::new();
        for (i, case) in parsed.case.iter().enumerate() {
            let at = format!("case #{} (`{}`)", i + 1, case.name);
            check_case_name(&case.name).map_err(|e| Error::package(&path, format!("{at}: {e}")))?;
            if !seen.insert(case.name.clone()) {
                return Err(Error::package(
                    &path,
                    format!("{at}: the name is used twice"),
                ));
            }
            check_json(&case.input)
                .map_err(|e| Error::package(&path, format!("{at}: field `input`: {e}")))?;
            if !case.input.trim_start().starts_with('[') {
                return Err(Error::package(
                    &path,
                    format!("{at}: field `input`: expected a JSON array of arguments"),
                ));
            }
            if let Some(exp) = &case.expected {
                check_json(exp)
                    .map_err(|e| Error::package(&path, format!("{at}: field `expected`: {e}")))?;
            }
            if case.sample && case.expected.is_none() {
                return Err(Error::package(
                    &path,
                    format!("{at}: a sample must give `expected`"),
                ));
            }
        }
        Ok(parsed.case)
    }

    /// A hash of every file in the package: the key of its cached tests.
    pub fn content_hash(&self) -> u64 {
        let mut parts: Vec<&[u8]> = Vec::new();
        for (k, v) in &self.files {
            parts.push(k.as_bytes());
            parts.push(v);
        }
        crate::paths::fnv64(&parts)
    }

    pub fn hints(&self) -> &[String] {
        &self.meta.hints
    }
}

pub fn check_case_name(name: &str) -> std::result::Result<(), String> {
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(format!(
            "bad case name `{name}` (expected letters, digits, '-' and '_')"
        ));
    }
    Ok(())
}

fn check_json(text: &str) -> std::result::Result<(), String> {
    serde_json::from_str::<serde_json::Value>(text)
        .map(|_| ())
        .map_err(|e| {
            format!(
                "not valid JSON ({e}): `{}`",
                crate::engine::text::abbreviate(text, 80)
            )
        })
}

fn toml_message(e: &toml::de::Error) -> String {
    let msg = e.message().to_string();
    match e.span() {
        Some(span) => format!("at byte {}: {msg}", span.start),
        None => msg,
    }
}

/// Where packages come from.
#[derive(Clone, Debug)]
pub enum Source {
    Embedded,
    Dir(PathBuf),
}

/// The set of available packages, parsed lazily.
pub struct Catalog {
    source: Source,
    raw: BTreeMap<String, BTreeMap<String, Vec<u8>>>,
}

impl Catalog {
    pub fn source(&self) -> &Source {
        &self.source
    }

    pub fn load(problems_dir: Option<PathBuf>) -> Result<Catalog> {
        let dir = problems_dir.or_else(|| {
            std::env::var_os(PROBLEMS_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        });
        let mut raw: BTreeMap<String, BTreeMap<String, Vec<u8>>> = BTreeMap::new();
        let source = match dir {
            None => {
                for (rel, bytes) in embedded::FILES {
                    if let Some((id, rest)) = rel.split_once('/') {
                        raw.entry(id.to_string())
                            .or_default()
                            .insert(rest.to_string(), bytes.to_vec());
                    }
                }
                Source::Embedded
            }
            Some(dir) => {
                if !dir.is_dir() {
                    return Err(Error::Usage(format!(
                        "problems directory {} does not exist (from --problems or {PROBLEMS_ENV})",
                        dir.display()
                    )));
                }
                let entries = std::fs::read_dir(&dir)
                    .context(|| format!("cannot read the problems directory {}", dir.display()))?;
                for entry in entries.flatten() {
                    let path = entry.path();
                    if !path.join(PROBLEM_TOML).is_file() {
                        continue;
                    }
                    let id = entry.file_name().to_string_lossy().to_string();
                    let mut files = BTreeMap::new();
                    read_tree(&path, &path, &mut files)?;
                    raw.insert(id, files);
                }
                Source::Dir(dir)
            }
        };
        Ok(Catalog { source, raw })
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        let mut ids: Vec<&str> = self.raw.keys().map(|s| s.as_str()).collect();
        ids.sort_by_key(|id| sort_key(id));
        ids.into_iter()
    }

    pub fn contains(&self, id: &ProblemId) -> bool {
        self.raw.contains_key(id.as_str())
    }

    /// The package `id` names: its id, or else its LeetCode slug or title,
    /// in any case (`two-sum`, `"Two Sum"`, `3sum`). Unknown: an error
    /// with the closest problems by number and by title.
    pub fn get(&self, id: &ProblemId) -> Result<Package> {
        let Some(files) = self.raw.get(id.as_str()) else {
            let packages = self.packages();
            let want = slug(id.as_str());
            if let Some(p) = packages
                .iter()
                .find(|p| !want.is_empty() && slug(&p.meta.title) == want)
            {
                return Ok(p.clone());
            }
            let mut msg = format!("unknown problem `{id}`");
            let close = closest_problems(id, &packages);
            if !close.is_empty() {
                msg.push_str(&format!(" (did you mean {}?)", or_list(&close)));
            }
            msg.push_str("; `judge list` shows the problems");
            return Err(Error::Usage(msg));
        };
        let origin = match &self.source {
            Source::Embedded => PathBuf::from("problems").join(id.as_str()),
            Source::Dir(d) => d.join(id.as_str()),
        };
        parse_package(id.clone(), origin, files.clone())
    }

    /// Every package that loads (the practice loop skips broken ones;
    /// `judge list`, `doctor` and `verify` report them).
    pub fn packages(&self) -> Vec<Package> {
        self.all().into_iter().filter_map(|p| p.ok()).collect()
    }

    /// Every package, parsed; bad ones as errors.
    pub fn all(&self) -> Vec<Result<Package>> {
        self.ids()
            .map(|id| self.get(&ProblemId(id.to_string())))
            .collect()
    }
}

/// LeetCode's slug of a title: lower case, words joined by `-`, other
/// punctuation dropped ("Pow(x, n)" is `powx-n`, "3Sum" is `3sum`).
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c);
        } else if c.is_whitespace() || c == '-' || c == '_' {
            gap = true;
        }
    }
    out
}

/// The problems closest to an unknown id, at most three: by number for
/// `lc-N` (lc-16 is near lc-15 and lc-17, not lc-167), else by title.
fn closest_problems(id: &ProblemId, packages: &[Package]) -> Vec<String> {
    let number = |s: &str| s.strip_prefix("lc-").and_then(|n| n.parse::<i64>().ok());
    let label = |p: &Package| format!("{} ({})", p.id, p.meta.title);
    if let Some(n) = number(id.as_str()) {
        let mut near: Vec<(i64, &Package)> = packages
            .iter()
            .filter_map(|p| number(p.id.as_str()).map(|m| ((m - n).abs(), p)))
            .collect();
        near.sort_by_key(|(d, p)| (*d, sort_key(p.id.as_str())));
        return near.iter().take(3).map(|(_, p)| label(p)).collect();
    }
    let titles: Vec<String> = packages.iter().map(|p| slug(&p.meta.title)).collect();
    similar(&slug(id.as_str()), titles.iter().map(|t| t.as_str()))
        .into_iter()
        .filter_map(|t| packages.iter().find(|p| slug(&p.meta.title) == t))
        .map(label)
        .collect()
}

/// The candidates (at most three, closest first) that look like a typo of
/// `want`, or that hold it or it holds: for "did you mean" lists.
pub fn similar<'a>(want: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let want = want.to_lowercase();
    if want.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, &str)> = candidates
        .filter_map(|c| {
            let lc = c.to_lowercase();
            let d = edit_distance(&want, &lc);
            let close = d * 3 <= want.chars().count().max(lc.chars().count());
            let holds = want.chars().count() >= 3 && (lc.contains(&want) || want.contains(&lc));
            (close || holds).then_some((d, c))
        })
        .collect();
    scored.sort();
    scored.dedup_by_key(|(_, c)| *c);
    scored.into_iter().take(3).map(|(_, c)| c).collect()
}

/// Levenshtein distance, in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let up = row[j + 1];
            row[j + 1] = (diag + usize::from(ca != b[j])).min(up + 1).min(row[j] + 1);
            diag = up;
        }
    }
    row[b.len()]
}

/// "a", "a or b", "a, b or c".
pub fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

fn sort_key(id: &str) -> (u32, String) {
    let n = id
        .strip_prefix("lc-")
        .and_then(|n| n.parse().ok())
        .unwrap_or(u32::MAX);
    (n, id.to_string())
}

fn read_tree(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) -> Result<()> {
    let entries = std::fs::read_dir(dir).context(|| format!("cannot read {}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            read_tree(root, &path, out)?;
        } else {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let bytes =
                std::fs::read(&path).context(|| format!("cannot read {}", path.display()))?;
            out.insert(rel, bytes);
        }
    }
    Ok(())
}

/// `[serialize, deserialize]` must name methods `T -> String` and
/// `String -> T`, and the constructor must take no arguments.
fn check_roundtrip(
    names: &[String],
    methods: &[FnSig],
) -> std::result::Result<(String, String), String> {
    let [ser, de] = names else {
        return Err(format!(
            "expected [serialize, deserialize], found {} names",
            names.len()
        ));
    };
    let find = |n: &str| {
        methods
            .iter()
            .find(|m| m.name == n)
            .ok_or_else(|| format!("no method `{n}` in `methods`"))
    };
    let (s, d) = (find(ser)?, find(de)?);
    let returns = |m: &FnSig| m.ret.as_ref().map(|t| t.rust.clone()).unwrap_or_default();
    let ok = s.params.len() == 1
        && d.params.len() == 1
        && returns(s) == "String"
        && d.params[0].ty.rust == "String"
        && returns(d) == s.params[0].ty.rust;
    if !ok {
        return Err(format!(
            "expected `{ser}(T) -> String` and `{de}(String) -> T`"
        ));
    }
    if methods
        .iter()
        .any(|m| m.name == "new" && !m.params.is_empty())
    {
        return Err("the constructor `new` must take no arguments".into());
    }
    Ok((ser.clone(), de.clone()))
}

fn parse_package(
    id: ProblemId,
    origin: PathBuf,
    files: BTreeMap<String, Vec<u8>>,
) -> Result<Package> {
    let toml_path = origin.join(PROBLEM_TOML);
    let text = files
        .get(PROBLEM_TOML)
        .and_then(|b| std::str::from_utf8(b).ok())
        .ok_or_else(|| Error::package(&toml_path, "missing or not UTF-8"))?;
    let meta: ProblemToml =
        toml::from_str(text).map_err(|e| Error::package(&toml_path, toml_message(&e)))?;
    let bad =
        |field: &str, msg: String| Error::package(&toml_path, format!("field `{field}`: {msg}"));
    if !(1..=FORMAT_VERSION).contains(&meta.format) {
        return Err(bad(
            "format",
            format!(
                "version {} is not supported (expected 1 to {FORMAT_VERSION})",
                meta.format
            ),
        ));
    }
    match (meta.format, meta.size_range) {
        (1, Some(_)) => {
            return Err(bad(
                "size_range",
                "is a format 2 field (set `format = 2`, with a sized generator)".into(),
            ));
        }
        (2, None) => {
            return Err(bad(
                "size_range",
                "missing (format 2 expects `size_range = [SMALLEST, LARGEST]`, the sizes \
                 `gen size N seed S` accepts)"
                    .into(),
            ));
        }
        (2, Some([lo, hi])) if lo > hi => {
            return Err(bad(
                "size_range",
                format!("[{lo}, {hi}] (expected SMALLEST <= LARGEST; 0 for an empty input)"),
            ));
        }
        (2, Some(_)) if meta.complexity.is_none() => {
            return Err(bad(
                "complexity",
                "missing (format 2 expects the intended complexity, such as `O(n log n)`)".into(),
            ));
        }
        (2, Some(_)) if !files.contains_key(GENERATOR) => {
            return Err(bad(
                "format",
                format!("2 expects a sized generator in {GENERATOR}, and there is none"),
            ));
        }
        _ => {}
    }
    if meta.id != id.as_str() {
        return Err(bad(
            "id",
            format!("`{}` does not match the folder name `{id}`", meta.id),
        ));
    }
    if meta.patterns.is_empty() {
        return Err(bad("patterns", "expected at least one pattern".into()));
    }
    for list in &meta.lists {
        if !KNOWN_LISTS.contains(&list.as_str()) {
            return Err(bad(
                "lists",
                format!(
                    "unknown list `{list}` (expected one of {})",
                    KNOWN_LISTS.join(", ")
                ),
            ));
        }
    }
    if meta.limits.time_multiplier < 1.0 || !meta.limits.time_multiplier.is_finite() {
        return Err(bad(
            "limits.time_multiplier",
            format!("{} (expected a number >= 1)", meta.limits.time_multiplier),
        ));
    }
    if let Some(file) = &meta.limits.calibrate {
        let in_accepted = file
            .strip_prefix(ACCEPTED_DIR)
            .is_some_and(|rest| rest.ends_with(".rs") && !rest.contains('/'));
        if !in_accepted || !files.contains_key(file.as_str()) {
            return Err(bad(
                "limits.calibrate",
                format!(
                    "`{file}` (expected a file of this package's {ACCEPTED_DIR} folder, \
                     such as `{ACCEPTED_DIR}quadratic_scan.rs`)"
                ),
            ));
        }
    }
    if let Some(c) = &meta.complexity {
        if !(c.starts_with("O(") && c.ends_with(')') && c.len() > 3) {
            return Err(bad(
                "complexity",
                format!("`{c}` (expected big-O notation such as `O(n log n)`)"),
            ));
        }
        if meta.size.is_none() {
            return Err(bad(
                "size",
                "missing (expected what the size parameter measures, such as `n = nums.length`, \
                 beside `complexity`)"
                    .into(),
            ));
        }
    }
    if let Some(g) = &meta.growth {
        let Some(c) = &meta.complexity else {
            return Err(bad(
                "growth",
                format!("`{g}` without `complexity` (growth restates it in n alone)"),
            ));
        };
        if Class::parse(g).is_none() {
            return Err(bad(
                "growth",
                format!(
                    "`{g}` (expected one of {})",
                    CLASSES.map(Class::notation).join(", ")
                ),
            ));
        }
        if Class::of_stated(c, meta.size.as_deref()).is_some() {
            return Err(bad(
                "growth",
                format!(
                    "`{g}` beside a complexity already in n alone (`{c}`): growth is for a \
                     complexity in more than n, such as `O(n log k)`"
                ),
            ));
        }
    }
    if meta.format >= 2
        && meta.growth.is_none()
        && let Some(c) = &meta.complexity
        && Class::of_stated(c, meta.size.as_deref()).is_none()
    {
        return Err(bad(
            "growth",
            format!(
                "missing: the complexity `{c}` is in more than n, so format 2 expects the \
                 class it grows by in n alone on the sized inputs, such as \
                 `growth = \"O(n log n)\"` (one of {})",
                CLASSES.map(Class::notation).join(", ")
            ),
        ));
    }
    if let Some(sz) = &meta.size
        && !sz.contains('=')
    {
        return Err(bad(
            "size",
            format!("`{sz}` (expected `n = <what it measures>`, such as `n = nums.length`)"),
        ));
    }
    if meta.limits.memory_mb < 16 {
        return Err(bad(
            "limits.memory_mb",
            format!("{} (expected at least 16)", meta.limits.memory_mb),
        ));
    }
    let sig = &meta.signature;
    let shape = match (&sig.function, &sig.class, &sig.methods) {
        (Some(f), None, None) => {
            let f = FnSig::parse(f).map_err(|e| bad("signature.function", e))?;
            for p in &sig.node_params {
                if !f.params.iter().any(|q| &q.name == p && q.ty.is_tree()) {
                    return Err(bad(
                        "signature.node_params",
                        format!("`{p}` is not a tree parameter of `{}`", f.name),
                    ));
                }
            }
            if !sig.node_params.is_empty() && !f.params.first().is_some_and(|p| p.ty.is_tree()) {
                return Err(bad(
                    "signature.node_params",
                    "node handles need the tree as the first parameter".into(),
                ));
            }
            let ret = f.ret.as_ref().map(|t| t.conv.as_str()).unwrap_or("unit");
            let first = f.params.first().map(|p| p.ty.conv.as_str());
            if sig.returns_node
                && !(ret == "tree" || (ret == "rc_list" && first == Some("rc_list")))
            {
                return Err(bad(
                    "signature.returns_node",
                    "the function does not return a node of its first argument (a tree, or a list of RcListNode)".into(),
                ));
            }
            if ret == "rc_list" && !sig.returns_node {
                return Err(bad(
                    "signature.returns_node",
                    "a returned RcListNode is reported by its index: set `returns_node = true`"
                        .into(),
                ));
            }
            if ret == "graph" && first != Some("graph") {
                return Err(bad(
                    "signature.function",
                    "a function returning a graph must take the graph to copy as its first argument".into(),
                ));
            }
            if ret == "random_list" && first != Some("random_list") {
                return Err(bad(
                    "signature.function",
                    "a function returning a RandomListNode list must take the list to copy as its first argument".into(),
                ));
            }
            if sig.roundtrip.is_some() {
                return Err(bad(
                    "signature.roundtrip",
                    "only for a class (`class` and `methods`)".into(),
                ));
            }
            Shape::Function(f)
        }
        (None, Some(class), Some(methods)) => {
            let mut parsed = Vec::new();
            for (i, m) in methods.iter().enumerate() {
                parsed
                    .push(FnSig::parse(m).map_err(|e| bad(&format!("signature.methods[{i}]"), e))?);
            }
            if !parsed.iter().any(|m| m.ret.is_none() && m.name == "new") {
                return Err(bad(
                    "signature.methods",
                    "expected a constructor `fn new(..) -> Self`".into(),
                ));
            }
            let roundtrip = match &sig.roundtrip {
                None => None,
                Some(names) => Some(
                    check_roundtrip(names, &parsed).map_err(|e| bad("signature.roundtrip", e))?,
                ),
            };
            Shape::Design {
                class: class.clone(),
                methods: parsed,
                roundtrip,
            }
        }
        _ => {
            return Err(bad(
                "signature",
                "expected either `function`, or `class` with `methods`".into(),
            ));
        }
    };
    if matches!(meta.checker.kind, CheckerKind::Float)
        && (meta.checker.abs_tol < 0.0 || meta.checker.rel_tol < 0.0)
    {
        return Err(bad("checker", "tolerances must not be negative".into()));
    }
    match (meta.checker.kind, files.contains_key(CHECKER)) {
        (CheckerKind::Custom, false) => {
            return Err(bad(
                "checker",
                format!(
                    "kind = \"custom\" expects the checker program in {CHECKER}, and there is none"
                ),
            ));
        }
        (kind, true) if kind != CheckerKind::Custom => {
            return Err(bad(
                "checker",
                format!(
                    "{CHECKER} exists but kind = \"{}\" does not use it (expected kind = \"custom\")",
                    kind.name()
                ),
            ));
        }
        _ => {}
    }
    let pkg = Package {
        id,
        origin,
        meta,
        shape,
        files,
    };
    for rel in [STATEMENT, STUB, REFERENCE] {
        pkg.required(rel)?;
    }
    Ok(pkg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_ids() {
        assert_eq!(ProblemId::normalize("LC-15").as_str(), "lc-15");
        assert_eq!(ProblemId::normalize("lc15").as_str(), "lc-15");
        assert_eq!(ProblemId::normalize("15").as_str(), "lc-15");
        assert_eq!(ProblemId::normalize("two-sum").as_str(), "two-sum");
    }

    #[test]
    fn slugs_are_leetcodes() {
        assert_eq!(slug("3Sum"), "3sum");
        assert_eq!(slug("Two Sum"), "two-sum");
        assert_eq!(slug("Pow(x, n)"), "powx-n");
        assert_eq!(
            slug("Implement Trie (Prefix Tree)"),
            "implement-trie-prefix-tree"
        );
        assert_eq!(
            slug("Time Based Key-Value Store"),
            "time-based-key-value-store"
        );
        assert_eq!(slug("  two   sum "), "two-sum");
    }

    #[test]
    fn similar_finds_typos_and_parts() {
        let c = ["heap", "hashing", "graphs", "trees"];
        assert_eq!(similar("heaps", c.into_iter()), vec!["heap"]);
        assert_eq!(similar("graph", c.into_iter()), vec!["graphs"]);
        assert!(similar("xyz", c.into_iter()).is_empty());
    }
}
