#![no_main]
//! Fuzz target: the date parsers on arbitrary text.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(d) = newsdesk::dates::parse_iso_date(&text) {
        let year = chrono::Datelike::year(&d);
        assert!((newsdesk::dates::MIN_YEAR..=newsdesk::dates::MAX_YEAR).contains(&year));
    }
    let _ = newsdesk::dates::parse_iso_date_any_year(&text);
    if let Some((_, range)) = newsdesk::dates::find_date(&text) {
        assert!(text.get(range).is_some());
    }
    let _ = newsdesk::dates::dateline_date(&text);
    for word in text.split_whitespace().take(64) {
        let _ = newsdesk::dates::month_number(word);
    }
});
