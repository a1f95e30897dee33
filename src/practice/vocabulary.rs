//! The practice layer's vocabulary: attempt modes, outcomes, event kinds and
//! submission kinds. Each is an enum with one mapping to the string stored
//! in SQLite and in exports (`as_str` / `FromStr`), so a typo is a compile
//! error and a bad stored or imported value is an error that names it.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

/// Defines a vocabulary enum: its stored strings, `as_str`, `FromStr`,
/// `Display`, serde as those strings, and SQLite conversions.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            #[cfg(test)]
            pub const ALL: &[$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($text => Ok($name::$variant),)+
                    other => Err(format!(
                        "unknown {} `{other}` (expected one of {})",
                        $what,
                        [$($text),+].join(", ")
                    )),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $name {
            fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
                v.as_str()?
                    .parse()
                    .map_err(|e: String| FromSqlError::Other(e.into()))
            }
        }
    };
}

vocabulary! {
    /// Why an attempt was made.
    Mode, "attempt mode" {
        Practice = "practice",
        Mock = "mock",
        /// Brought back by spaced repetition.
        Review = "review",
    }
}

vocabulary! {
    /// How an attempt ended.
    Outcome, "attempt outcome" {
        Accepted = "accepted",
        Abandoned = "abandoned",
        /// A mock interview's time ran out before it was solved.
        Expired = "expired",
    }
}

vocabulary! {
    /// Where a problem stands in the user's record (`judge list`).
    ProblemStatus, "problem status" {
        /// Accepted in some attempt.
        Solved = "solved",
        /// Attempted, never accepted.
        Attempted = "attempted",
        /// Never attempted.
        New = "new",
    }
}

vocabulary! {
    /// One logged moment of an attempt.
    EventKind, "event kind" {
        Start = "start",
        Pause = "pause",
        Resume = "resume",
        Hint = "hint",
        Accept = "accept",
        Abandon = "abandon",
        Expire = "expire",
    }
}

vocabulary! {
    /// What a stored submission was.
    SubmissionKind, "submission kind" {
        /// `judge run`: the examples or a custom input.
        Run = "run",
        /// `judge submit`: every hidden test.
        Submit = "submit",
        /// The workspace's code, moved aside when a new attempt started
        /// from the stub (not judged).
        SetAside = "set-aside",
    }
}

impl Outcome {
    /// The event that ends an attempt this way.
    pub fn event(self) -> EventKind {
        match self {
            Outcome::Accepted => EventKind::Accept,
            Outcome::Abandoned => EventKind::Abandon,
            Outcome::Expired => EventKind::Expire,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_round_trips_through_its_string() {
        for m in Mode::ALL {
            assert_eq!(m.as_str().parse::<Mode>().unwrap(), *m);
        }
        for o in Outcome::ALL {
            assert_eq!(o.as_str().parse::<Outcome>().unwrap(), *o);
        }
        for e in EventKind::ALL {
            assert_eq!(e.as_str().parse::<EventKind>().unwrap(), *e);
        }
        for k in SubmissionKind::ALL {
            assert_eq!(k.as_str().parse::<SubmissionKind>().unwrap(), *k);
        }
        for s in ProblemStatus::ALL {
            assert_eq!(s.as_str().parse::<ProblemStatus>().unwrap(), *s);
        }
    }

    #[test]
    fn an_unknown_string_is_named_with_the_expected_values() {
        let e = "weird".parse::<Outcome>().unwrap_err();
        assert_eq!(
            e,
            "unknown attempt outcome `weird` (expected one of accepted, abandoned, expired)"
        );
        let j: Result<Outcome, _> = serde_json::from_str("\"weird\"");
        assert!(
            j.unwrap_err()
                .to_string()
                .contains("unknown attempt outcome")
        );
    }
}
