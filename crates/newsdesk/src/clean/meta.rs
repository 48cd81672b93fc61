//! Article metadata that dumps leave inside the text: the headline and its repeated copies,
//! bylines, datelines (a place line or a date line) and outlet tags in front of the lead.

use crate::text::rare_regex;
use regex_automata::meta::Regex;
use std::sync::LazyLock;

/// Longest headline accepted, in words.
const MAX_TITLE_WORDS: usize = 20;

/// Case- and punctuation-insensitive form used to compare headline copies.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `block` repeats `title`, allowing a section word glued in front ("WorldUS and …").
pub fn is_title_copy(block: &str, title: &str) -> bool {
    TitleCopies::new(title).is_copy(block)
}

/// [`is_title_copy`] against one title, folded once for every block it is compared with.
pub struct TitleCopies<'a> {
    title: &'a str,
    folded: String,
}

impl<'a> TitleCopies<'a> {
    pub fn new(title: &'a str) -> Self {
        Self { title, folded: fold(title) }
    }

    /// Whether `block` repeats the title.
    pub fn is_copy(&self, block: &str) -> bool {
        let (title, t) = (self.title, &self.folded);
        // Folding keeps every alphanumeric character (as one byte or more) and lowercasing
        // grows a text by at most half, so a block with more of them than that bound cannot
        // be a copy (counted only up to the bound: most blocks are long paragraphs).
        if block.chars().filter(|c| c.is_alphanumeric()).nth(title.len() * 3 / 2 + 25).is_some() {
            return false;
        }
        if t.is_empty() {
            return false;
        }
        let b = fold(block);
        b == *t || (b.ends_with(t.as_str()) && b.len() - t.len() <= 24 && block.len() > title.len())
    }
}

/// Whether a first block reads as a headline: short, one sentence, no dateline tag, and not
/// ending like a sentence (a closing quotation aside: `Talks: “Complicated.”`). A first
/// line ending in a full stop is far more often a lead sentence than a headline.
pub fn reads_as_headline(block: &str) -> bool {
    let words = crate::text::word_count(block);
    let bare = block.trim_end_matches(['"', '”', '’', '\'', ' ']);
    let quoted_end = bare.len() < block.trim_end().len();
    let sentence_end = bare.ends_with(['.', '!', '?', ':', ';']);
    words <= MAX_TITLE_WORDS
        && (!sentence_end || (quoted_end && words <= 12))
        && split_source_tag(block).is_none()
        && crate::text::split_sentences(block).len() <= 1
}

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    let name =
        r"[\p{Lu}][\p{L}'’.-]+(?:\s+(?:(?:de|da|van|von|der|den|al|el|bin|le|la|di|du)\s+)?[\p{Lu}][\p{L}'’.-]+){0,3}";
    rare_regex(&format!(
        r"^(?i:by|written by|reported by|words by|story by|author:?|text:)\s+({name}(?:\s*(?:,|and|&)\s*{name})*)\s*(?:[|,–—-].{{0,60}})?$"
    ))
});

/// The author name(s) of a byline block ("By Jane Roe", "Written by Jane Roe | Reporter").
pub fn byline(block: &str) -> Option<String> {
    if crate::text::word_count_up_to(block, 15) > 14 {
        return None;
    }
    first_group(&BYLINE, block)
}

static PLACE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    rare_regex(
        r"^(\p{Lu}{3,}[\p{Lu}.'-]*(?:\s\p{Lu}[\p{Lu}.'-]+){0,2}(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?)\s*(?:\([^()]{1,30}\))?\s*[-–—:]*$",
    )
});

/// The place of a block that is only an upper-case place line ("WASHINGTON", "KYIV, Ukraine").
pub fn dateline_place(block: &str) -> Option<String> {
    let block = block.trim();
    if !block.chars().take(3).all(char::is_uppercase) {
        return None;
    }
    first_group(&PLACE_LINE, block)
}

/// The place of a wire dateline tag ("LISENNE, Valdessa, April 24 (CW) —" → "LISENNE,
/// Valdessa"): the parts before its date, outlet and dash, when they read as a place line.
pub fn tag_place(tag: &str) -> Option<String> {
    let head = tag.split(['(', '—', '–', '_']).next()?.split(" -").next()?;
    let dated = |part: &str| {
        let word = part.split_whitespace().next().unwrap_or("").trim_end_matches('.');
        word.starts_with(|c: char| c.is_ascii_digit()) || crate::dates::month_number(word).is_some()
    };
    let parts: Vec<&str> = head.split(',').map(str::trim).take_while(|p| !p.is_empty() && !dated(p)).collect();
    dateline_place(&parts.join(", "))
}

/// The text of the first group of `re`'s match in `block`, when it matches.
fn first_group(re: &Regex, block: &str) -> Option<String> {
    let mut caps = re.create_captures();
    re.captures(block, &mut caps);
    caps.get_group(1).map(|g| block[g.range()].to_string())
}

static SOURCE_TAG: LazyLock<Regex> = LazyLock::new(|| {
    rare_regex(
        r"^(?:\([^()]{2,}\)\s*[;:–—-]|\p{Lu}{3,}[\p{Lu} .'-]*(?:,\s*\p{Lu}[\p{L}. ]{2,}(?:\d{1,2}(?:,\s*\d{4})?)?){0,2}\s*(?:\([^()]+\))?\s*(?:[–—-]{1,2}|_))\s+",
    )
});

/// Splits an outlet or dateline tag off the start of a lead paragraph:
/// `(News 1st); With …` → `("(News 1st);", "With …")`, `WASHINGTON (AP) — The …`, and the
/// wire's `MARLOW, Sep. 24 (AP) -- The …` and `WASHINGTON (AP) _ The …`.
pub fn split_source_tag(block: &str) -> Option<(&str, &str)> {
    // What every match starts with, tested before the pattern is compiled or run (most
    // leads start otherwise).
    if !(block.starts_with('(') || block.chars().take(3).all(char::is_uppercase)) {
        return None;
    }
    let m = SOURCE_TAG.find(block)?;
    let rest = &block[m.end()..];
    let tag = &block[m.range()];
    // The pattern's parts are unbounded (bounded Unicode repetitions took 25 ms to compile);
    // a tag is short: an outlet in brackets, or a dateline with its place and date.
    let longest = if block.starts_with('(') { 48 } else { 150 };
    if tag.chars().count() > longest {
        return None;
    }
    rest.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "“\"'‘".contains(c))
        .then(|| (tag.trim(), rest))
}

/// The address of a block that is only a web address ("https://example.org/a/b", or the
/// tokenised "http: / / example. org / a / b" of some corpora), spaces removed.
pub fn url_line(block: &str) -> Option<String> {
    if block.len() > 600 {
        return None;
    }
    let joined: String = block.split_whitespace().collect();
    let lower = joined.to_ascii_lowercase();
    let rest = ["https://", "http://", "www."].iter().find_map(|p| lower.strip_prefix(p))?;
    // A host with a dot, and nothing after the address: a tokenised address has spaces only
    // next to punctuation, a sentence after it has two words side by side.
    let words: Vec<&str> = block.split_whitespace().collect();
    let glued =
        |a: &str, b: &str| a.ends_with(|c: char| !c.is_alphanumeric()) || b.starts_with(|c: char| !c.is_alphanumeric());
    (rest.split('/').next().is_some_and(|host| host.contains('.') && host.len() > 3)
        && words.windows(2).all(|w| glued(w[0], w[1])))
    .then_some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_lines() {
        assert_eq!(url_line("https://example.org/port/strike").as_deref(), Some("https://example.org/port/strike"));
        assert_eq!(
            url_line("http: / / www. harbour - wire. example / 2024 / strike /").as_deref(),
            Some("http://www.harbour-wire.example/2024/strike/")
        );
        assert_eq!(url_line("www.example.org"), Some("www.example.org".to_string()));
        assert_eq!(url_line("Port strike enters third day"), None);
        assert_eq!(url_line("http is a protocol"), None);
        assert_eq!(url_line("www.example.org is down again"), None);
        assert!(url_line("http: / / example. org / a. html? pg=all").is_some());
    }

    #[test]
    fn title_copies() {
        assert!(is_title_copy("US and Russia start talks", "US and Russia start talks"));
        assert!(is_title_copy("WorldUS and Russia start talks", "US and Russia start talks"));
        assert!(is_title_copy("Ongoing Talks: “Complicated.”", "Ongoing talks: \"complicated\""));
        assert!(!is_title_copy("Talks start", "US and Russia start talks"));
        assert!(!is_title_copy("Anything", ""));
    }

    #[test]
    fn headlines() {
        assert!(reads_as_headline("Port strike enters third day as talks stall"));
        assert!(reads_as_headline("Ongoing US-Russia Talks: “Complicated.”"));
        assert!(!reads_as_headline("Port reopens after a week of strikes."));
        assert!(!reads_as_headline("MADRID (AP) — Port reopens"));
        assert!(!reads_as_headline("The strike began on Monday. Workers walked out at dawn."));
        assert!(!reads_as_headline("Here is what we know:"));
    }

    #[test]
    fn bylines() {
        assert_eq!(byline("Written by Asha Verma").as_deref(), Some("Asha Verma"));
        assert_eq!(byline("By Jan de Wit and Ana Ruiz | Reuters").as_deref(), Some("Jan de Wit and Ana Ruiz"));
        assert_eq!(byline("By the end of the week, talks had collapsed."), None);
    }

    #[test]
    fn place_lines_and_tags() {
        assert_eq!(dateline_place("WASHINGTON").as_deref(), Some("WASHINGTON"));
        assert_eq!(dateline_place("KYIV, Ukraine").as_deref(), Some("KYIV, Ukraine"));
        assert_eq!(dateline_place("NEW YORK (AP) —").as_deref(), Some("NEW YORK"));
        assert_eq!(dateline_place("US and Russia start talks"), None);
        assert_eq!(
            split_source_tag("(News 1st); With diplomats skeptical"),
            Some(("(News 1st);", "With diplomats skeptical"))
        );
        assert_eq!(
            split_source_tag("WASHINGTON (AP) — The Senate voted."),
            Some(("WASHINGTON (AP) —", "The Senate voted."))
        );
        assert_eq!(split_source_tag("US-Russia talks begin in Geneva"), None);
    }
}
