//! Page extraction on invented pages.

use super::*;

#[test]
fn placeholder_page() {
    let page = extract(b"<html><head><title>T</title></head><body><p>One sentence that is long enough to be prose in a story.</p></body></html>", None);
    assert_eq!(page.paragraphs.len(), 1);
}
