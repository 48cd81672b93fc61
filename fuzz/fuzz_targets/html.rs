#![no_main]
//! Fuzz target: arbitrary bytes read as "page.html" through ingest, then cleaned.
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::ingest_and_clean("page.html", data);
    // The page reader directly, with a transport charset, and as a feed item's fragment.
    let _ = newsdesk::ingest::html::extract(data, Some("windows-1252"));
    let _ = newsdesk::ingest::html::fragment_text(&String::from_utf8_lossy(data));
});
