//! A second opinion for pages where our extractor found little: dom_smoothie (a port of
//! Mozilla's Readability) reads the page, and its article HTML is laid out by our own
//! fragment reader so the blocks look like ours (headings marked).
//!
//! Input: the decoded page. Output: the other extractor's blocks, or `None` when it fails.
//! It runs on a small share of pages (those under [`super::FALLBACK_CHARS`] of text), so the
//! fast path keeps its speed; pages our parser found nested deeper than
//! [`super::dom::MAX_DEPTH`], or over [`MAX_BYTES`], never reach it (its recursion is not ours
//! to bound).

use super::{dom, extract, Paragraph};

/// Pages larger than this are not given a second reading.
pub const MAX_BYTES: usize = 8 << 20;
/// dom_smoothie refuses documents with more elements than this.
const MAX_ELEMENTS: usize = 100_000;

/// The blocks dom_smoothie finds in `html`.
pub fn readability(html: &str) -> Option<Vec<Paragraph>> {
    let cfg = dom_smoothie::Config { max_elements_to_parse: MAX_ELEMENTS, ..dom_smoothie::Config::default() };
    let mut reader = dom_smoothie::Readability::new(html, None, Some(cfg)).ok()?;
    let article = reader.parse().ok()?;
    let dom = dom::parse(&article.content);
    let lines = extract::all_lines(&dom);
    Some(lines.into_iter().map(|l| Paragraph { text: l.text, heading: l.heading }).collect())
}
