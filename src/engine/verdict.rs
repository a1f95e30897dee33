//! Verdicts: data, not errors. Their order of precedence lives here, once.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Verdict {
    #[serde(rename = "AC")]
    Accepted,
    #[serde(rename = "WA")]
    WrongAnswer,
    #[serde(rename = "TLE")]
    TimeLimitExceeded,
    #[serde(rename = "MLE")]
    MemoryLimitExceeded,
    #[serde(rename = "OLE")]
    OutputLimitExceeded,
    #[serde(rename = "RE")]
    RuntimeError,
    #[serde(rename = "CE")]
    CompileError,
    /// The judge's own fault (a broken package, a sandbox failure); never
    /// blamed on the solution.
    #[serde(rename = "JE")]
    JudgeError,
}

/// When several cases fail differently, the verdict is the first of these
/// that occurs (DESIGN §4: TLE > MLE > OLE > RE > WA).
pub const PRECEDENCE: [Verdict; 5] = [
    Verdict::TimeLimitExceeded,
    Verdict::MemoryLimitExceeded,
    Verdict::OutputLimitExceeded,
    Verdict::RuntimeError,
    Verdict::WrongAnswer,
];

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Accepted => "AC",
            Verdict::WrongAnswer => "WA",
            Verdict::TimeLimitExceeded => "TLE",
            Verdict::MemoryLimitExceeded => "MLE",
            Verdict::OutputLimitExceeded => "OLE",
            Verdict::RuntimeError => "RE",
            Verdict::CompileError => "CE",
            Verdict::JudgeError => "JE",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Verdict::Accepted => "Accepted",
            Verdict::WrongAnswer => "Wrong Answer",
            Verdict::TimeLimitExceeded => "Time Limit Exceeded",
            Verdict::MemoryLimitExceeded => "Memory Limit Exceeded",
            Verdict::OutputLimitExceeded => "Output Limit Exceeded",
            Verdict::RuntimeError => "Runtime Error",
            Verdict::CompileError => "Compile Error",
            Verdict::JudgeError => "Judge Error",
        }
    }

    /// The verdict of a whole run from its cases' verdicts.
    pub fn combine(cases: impl IntoIterator<Item = Verdict>) -> Verdict {
        let all: Vec<Verdict> = cases.into_iter().collect();
        if all.contains(&Verdict::JudgeError) {
            return Verdict::JudgeError;
        }
        PRECEDENCE
            .into_iter()
            .find(|v| all.contains(v))
            .unwrap_or(Verdict::Accepted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence() {
        use Verdict::*;
        assert_eq!(
            Verdict::combine([Accepted, WrongAnswer, RuntimeError]),
            RuntimeError
        );
        assert_eq!(
            Verdict::combine([WrongAnswer, TimeLimitExceeded, MemoryLimitExceeded]),
            TimeLimitExceeded
        );
        assert_eq!(
            Verdict::combine([OutputLimitExceeded, RuntimeError]),
            OutputLimitExceeded
        );
        assert_eq!(Verdict::combine([Accepted, Accepted]), Accepted);
    }
}
