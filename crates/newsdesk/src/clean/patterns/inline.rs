//! Boilerplate cut from inside story text (tweet tails, inline photo credits, labels) and
//! one-sentence photo captions, each pattern behind a cheap test of what it needs.

use crate::text::regex;
use newsdesk_model::RemovalReason;
use regex::Regex;
use std::sync::{LazyLock, OnceLock};

/// Spans removed from inside a block that is otherwise story text: tweet tails, inline photo
/// credits, labels. Each is compiled at its first use: the tweet tail's bounded Unicode
/// repetitions alone take ~40 ms to compile, and most inputs never need it.
const INLINE: [(&str, RemovalReason); 5] = [
    (
        r#"(?i)\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)|\s*[—–]\s*[^—–()\n]{1,80}\(@\w{1,15}\)\s+[\w .,]{0,20}\d{1,4}[\w .,]{0,20}$"#,
        RemovalReason::SocialEmbed,
    ),
    (
        r#"(?i)\s*\((?:(?:ap|afp|reuters|epa|getty|file|upi)\s+)?photos?\s*(?:/|:|by\b|credit\b|courtesy\b|furnished\b)[^)]{0,120}\)(?:\s*\((?:associated press|ap|reuters)\))?|\s*\((?:AP|AFP|Reuters|EPA|Getty Images)\)$|^buy photo\s+"#,
        RemovalReason::Caption,
    ),
    (r#"(?i)\bstory highlights\b\s*"#, RemovalReason::SectionMarker),
    (
        r#"^(?:[A-Z][\w.'-]*\s){1,3}[A-Z][\w.'-]*\s?(?:/\s?[\w ]+?)*/\s?(?:Getty Images|AFP|AP(?: Photo)?|Reuters|Bloomberg)\s+"#,
        RemovalReason::Caption,
    ),
    (r#"\s+(?:Advertisement|ADVERTISEMENT)$"#, RemovalReason::Advertising),
];
static INLINE_COMPILED: [OnceLock<Regex>; 5] = [const { OnceLock::new() }; 5];

/// Literals without which the [`INLINE`] pattern of the same position cannot match, checked
/// on the lowercased block first: most blocks hold none, and the patterns' bounded Unicode
/// repetitions run on the slow NFA, so skipping them is most of the clean stage's speed.
const INLINE_NEEDS: [&[&str]; 5] = [
    &["twitter.com/", "t.co/", "(@"],
    // Each branch holds "photo" or a parenthesised agency.
    &["photo", "(ap)", "(afp)", "(reuters)", "(epa)", "(getty images)"],
    &["story highlights"],
    &["getty images", "/afp", "/ap", "/reuters", "/bloomberg"],
    &["advertisement"],
];

/// Which [`INLINE`] patterns the lowercase block holds a needed literal of. A literal is
/// searched for only when the block has every byte of it: most blocks have no slash or
/// parenthesis, and one pass over the block is cheaper than a dozen substring searches.
/// (One Aho-Corasick pass over every block measured slower still.)
fn inline_candidates(lower: &str) -> [bool; 5] {
    let mut has = [false; 256];
    for &b in lower.as_bytes() {
        has[b as usize] = true;
    }
    INLINE_NEEDS.map(|needs| needs.iter().any(|n| n.bytes().all(|b| has[b as usize]) && lower.contains(n)))
}

/// Removes boilerplate spans from inside `block`, returning the rest and what was removed.
#[cfg(test)]
pub fn strip_inline(block: &str) -> (String, Vec<(String, RemovalReason)>) {
    strip_inline_lower(block, &block.to_lowercase()).unwrap_or_else(|| (block.to_string(), Vec::new()))
}

/// [`strip_inline`] given the block's lowercase form; `None` when nothing is removed (most
/// blocks), so the block is not copied.
pub(in crate::clean) fn strip_inline_lower(block: &str, lower: &str) -> Option<(String, Vec<(String, RemovalReason)>)> {
    let mut possible = inline_candidates(lower);
    let mut text: Option<String> = None;
    let mut removed = Vec::new();
    for (k, (pattern, reason)) in INLINE.iter().enumerate() {
        let current = text.as_deref().unwrap_or(block);
        if !possible[k] {
            continue;
        }
        let re = INLINE_COMPILED[k].get_or_init(|| regex(pattern));
        if re.is_match(current) {
            removed.extend(re.find_iter(current).map(|m| (m.as_str().trim().to_string(), *reason)));
            let rest = re.replace_all(current, "").trim().to_string();
            // Later patterns are gated on what is left.
            possible = inline_candidates(&rest.to_lowercase());
            text = Some(rest);
        }
    }
    text.map(|t| (t, removed))
}

static CAPTION: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // Not "(R)" or "(pictured)": party labels and ledes use them too.
        r"(?i)\((?:left|right|centre|center|front|back|top|bottom|inset|file photo)\)",
        r"(?i)^(?:photo|image|picture|file photo|caption|pictured|photograph)\s*(?:credit)?\s*[:|]",
        // The same labels in other languages (not "Quelle:": it also names a text's source).
        r"(?i)^(?:fotos?|bild|bilder|abbildung|abb\.|grafik|bildquelle|bildcredit|imagen|zdjęcie|fot\.)\s*(?:credit)?\s*[:|]",
        r"(?i)\((?:photo|image|picture)s?\s*(?:credit)?\s*[:/]?[^)]*\)\s*$",
        r"(?:\b(?:AFP|AP|Reuters|EPA|Getty Images|Shutterstock|Xinhua|Anadolu|Bloomberg|SOPA Images)(?:\s+Photo)?\s*/\s*\S+|/\s*(?:AFP|AP|Reuters|EPA|Getty Images|Shutterstock|Xinhua)\s*\)?\s*$)",
        &format!(
            r"\bin [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*,(?: [A-Z][\w.'-]+)+, (?:(?i:{m}) \d{{1,2}},? \d{{4}}|\d{{1,2}} (?i:{m}),? \d{{4}})\.?$",
            m = crate::dates::month_pattern()
        ),
    ]
    .iter()
    .map(|p| regex(p))
    .collect()
});

/// A cheap test each [`CAPTION`] pattern of the same position needs to pass before it can
/// match: most blocks have no parenthesis or slash, and the unanchored patterns would
/// otherwise scan every block.
const CAPTION_NEEDS: [fn(&str) -> bool; 6] = [
    |b| b.contains('(') && b.contains(')'),
    |b| b.starts_with(['p', 'P', 'i', 'I', 'f', 'F', 'c', 'C']) && b.contains([':', '|']),
    |b| b.starts_with(['f', 'F', 'b', 'B', 'a', 'A', 'g', 'G', 'i', 'I', 'z', 'Z']) && b.contains([':', '|']),
    |b| b.contains('(') && b.contains(')'),
    |b| b.contains('/'),
    // "… in Kyiv, Ukraine, March 5, 2022." ends with a digit or a full stop.
    |b| b.ends_with(|c: char| c == '.' || c.is_numeric()) && b.contains("in ") && b.contains(", "),
];

/// Whether a one-sentence block of `words` words reads as a photo caption or credit.
pub fn is_caption(block: &str, words: usize) -> bool {
    words <= 60 && CAPTION.iter().zip(CAPTION_NEEDS).any(|(r, needs)| needs(block) && r.is_match(block))
}
