#![no_main]
//! Fuzz target: our HTML parser, metadata reader and extractor alone (no second opinion, no
//! clean stage), which runs hundreds of times faster than the `html` target.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = newsdesk::ingest::html::charset::decode(data, None);
    let (page, _) = newsdesk::ingest::html::own_reading(&text);
    for p in &page.paragraphs {
        assert!(!p.text.is_empty() && p.text.trim() == p.text);
    }
});
