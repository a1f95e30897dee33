//! The engine: everything that turns a solution into a `Judgement` —
//! packages and the catalog, signatures, test sets, glue, the toolchain,
//! compiling, running in the sandbox, checkers, verdicts. It returns data:
//! it knows nothing of the history, terminals or commands.

pub mod check;
pub mod compile;
pub mod complexity;
pub mod conformance;
pub mod counterexample;
pub mod crates;
pub mod execute;
pub mod glue;
pub mod growth;
pub mod input;
pub mod invariants;
pub mod judging;
pub mod package;
pub mod scratch;
pub mod signature;
pub mod testset;
pub mod text;
pub mod toolchain;
pub mod trace;
pub mod verdict;
pub mod workspace;
