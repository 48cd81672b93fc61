//! Evaluation of pipeline output against gold data.

pub mod clusters;
