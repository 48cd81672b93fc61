//! Junk and notice detection for the fast feature path: which blocks are worth the (costly)
//! boilerplate patterns, which headlines are site notices, which removals of the clean stage are
//! page junk. The words live in `trigger_words.txt` and `strong_trigger_words.txt`.

use super::word_key;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Blocks longer than this are story text: the boilerplate patterns are not even tried.
const MAX_JUNK_WORDS: usize = 60;
/// Words that boilerplate blocks (widgets, share prompts, notices, captions, teasers) contain.
/// Only non-prose blocks with one of them are run through the boilerplate patterns: the
/// patterns cost ~80 µs per article when run on every short block, this keyword prefilter
/// almost nothing. What slips through is a block unusual enough to match no keyword.
const TRIGGER_WORDS: &str = include_str!("trigger_words.txt");

/// Words of site and form notices (the web archive's crawl notes, "email this page" and
/// sign-up confirmations, error pages, archive and consent notices, deleted posts) that read as
/// prose: their blocks are checked all the same.
const STRONG_TRIGGER_WORDS: &str = include_str!("strong_trigger_words.txt");

/// Words of a long block that are matched against the notice patterns.
const STRONG_PREFIX_WORDS: usize = 40;

pub(super) static STRONG_TRIGGERS: LazyLock<FxHashSet<u64>> =
    LazyLock::new(|| STRONG_TRIGGER_WORDS.split_whitespace().map(word_key).collect());

/// [`TRIGGER_WORDS`] and the words the boilerplate patterns' own gates need (so a notice a
/// pattern knows, such as an archive's crawl description, is never let through unchecked).
pub(super) static TRIGGERS: LazyLock<FxHashSet<u64>> =
    LazyLock::new(|| TRIGGER_WORDS.split_whitespace().chain(crate::clean::gate_words()).map(word_key).collect());

/// Whether a removal by the clean stage is page junk (not the headline or article metadata).
pub(super) fn is_junk_reason(reason: newsdesk_model::RemovalReason) -> bool {
    use newsdesk_model::RemovalReason as R;
    !matches!(reason, R::Title | R::RepeatedTitle | R::Byline | R::Dateline | R::SourceTag | R::Subheading)
}

/// A headline that is itself a site notice.
pub(super) fn is_notice(headline: &str) -> bool {
    crate::clean::boilerplate(headline) == Some(newsdesk_model::RemovalReason::SiteNotice)
}

/// Whether a block is worth the (costly) boilerplate patterns: story prose — a sentence
/// of several words starting with a capital and ending like a sentence — is not. Skipping
/// it keeps the fast path fast; the junk that glues stories (widgets, prompts, labels) is
/// short or unpunctuated.
pub(super) fn may_be_junk(line: &str) -> bool {
    let words = line.split_whitespace().take(MAX_JUNK_WORDS + 1).count();
    if words > MAX_JUNK_WORDS {
        return false;
    }
    let prose = words >= 8
        && line.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“')
        && line.trim_end_matches(['"', '”', '\'', ')']).ends_with(['.', '!', '?']);
    !prose
}

/// Whether a block with a notice-only word opens like a site notice (the web archive's crawl
/// notes run to 100 words, past the length the patterns take whole).
pub(super) fn notice_opening(line: &str) -> bool {
    let end = line
        .split_whitespace()
        .nth(STRONG_PREFIX_WORDS)
        .map_or(line.len(), |w| w.as_ptr() as usize - line.as_ptr() as usize);
    crate::clean::boilerplate(&line[..end]).is_some()
}

/// A first line that reads as a headline: short, no sentence end, not a link.
pub(super) fn headline_shaped(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (2..=20).contains(&words)
        && !line.ends_with(['.', '!', '?', ':', ';', ','])
        && !line.starts_with("http")
        && crate::clean::boilerplate(line).is_none()
}
