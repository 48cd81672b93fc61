#![no_main]
//! Fuzz target: arbitrary bytes read as "articles.jsonl" through ingest, then cleaned.
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::ingest_and_clean("articles.jsonl", data);
});
