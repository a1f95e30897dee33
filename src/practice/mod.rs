//! The practice layer: a person's record — the history store, attempt
//! clocks, stats, spaced review, mock interviews and the study plan. It
//! reads the engine's catalog metadata (difficulty, patterns), but knows
//! nothing of terminals or of how a solution is run.

pub mod attempts;
pub mod history;
pub mod mock;
pub mod plan;
pub mod review;
pub mod stats;
pub mod vocabulary;
