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

/// The order in which the other kinds of failure of a run are listed after
/// the one that decided it (TLE > MLE > OLE > RE > WA).
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

    /// The verdict of a whole run from its cases' verdicts in test order:
    /// as on LeetCode, the first case that fails decides (DESIGN §4).
    pub fn decide(in_test_order: impl IntoIterator<Item = Verdict>) -> Verdict {
        in_test_order
            .into_iter()
            .find(|v| *v != Verdict::Accepted)
            .unwrap_or(Verdict::Accepted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_failing_case_decides() {
        use Verdict::*;
        assert_eq!(
            Verdict::decide([Accepted, WrongAnswer, RuntimeError]),
            WrongAnswer
        );
        assert_eq!(
            Verdict::decide([Accepted, TimeLimitExceeded, WrongAnswer]),
            TimeLimitExceeded
        );
        assert_eq!(Verdict::decide([Accepted, Accepted]), Accepted);
        assert_eq!(Verdict::decide([]), Accepted);
    }
}
