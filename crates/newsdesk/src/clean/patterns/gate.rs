//! The gates of a wording pattern: which bytes can start a match, and which literals every
//! match contains or starts with (from [`GATES`] or the pattern itself), so that a block runs
//! only the patterns that could match it.

use super::GATES;
use crate::text::rare_regex;
use newsdesk_model::RemovalReason;
use regex_automata::meta::Regex;
use std::sync::OnceLock;

/// A pattern of a family with its gates.
pub(super) struct Pattern {
    /// The pattern, compiled at its first use: most patterns' gates rule out every block of
    /// a typical input, and compiling them all cost more than the rest of a small run.
    source: String,
    re: OnceLock<Regex>,
    pub(super) reason: RemovalReason,
    /// For patterns anchored at the start: the bytes a match can begin with.
    pub(super) first: Option<Box<[bool; 256]>>,
    /// Lowercase literals one of which the block contains whenever the pattern matches (from
    /// [`GATES`], else the pattern's own match prefixes); `None`: no such gate.
    pub(super) contains: Option<Vec<String>>,
    /// Lowercase literals one of which starts the block (the `^` entries of [`GATES`], else a
    /// start-anchored pattern's own match prefixes); empty: no such gate.
    pub(super) starts: Vec<String>,
}

impl Pattern {
    pub(super) fn new(pattern: &str, reason: RemovalReason) -> Self {
        // Parsed once for both gates (parsing every family's patterns is most of the cost
        // of building them).
        let hir = regex_syntax::parse(pattern).ok();
        let first = hir.as_ref().and_then(first_bytes);
        let (contains, starts) = match GATES.iter().find(|(fragment, _)| pattern.contains(fragment)) {
            Some((_, needs)) => {
                let (starts, contains): (Vec<&str>, Vec<&str>) = needs.iter().partition(|n| n.starts_with('^'));
                (
                    Some(contains.into_iter().map(String::from).collect()),
                    starts.into_iter().map(|n| n[1..].to_string()).collect(),
                )
            }
            None if first.is_none() => (hir.as_ref().and_then(match_prefixes), Vec::new()),
            // Anchored at the start: the block must begin with one of the match prefixes, a
            // far stronger test than its first byte (most blocks run no regex at all).
            None => (None, hir.as_ref().and_then(match_prefixes).unwrap_or_default()),
        };
        Self { source: pattern.to_string(), re: OnceLock::new(), reason, first, contains, starts }
    }

    pub(super) fn re(&self) -> &Regex {
        self.re.get_or_init(|| rare_regex(&self.source))
    }

    pub(super) fn gated(&self) -> bool {
        self.contains.is_some() || !self.starts.is_empty()
    }

    /// Whether the lowercase block begins with one of the `starts` literals.
    pub(super) fn starts_fit(&self, lower: &str) -> bool {
        self.starts.iter().any(|s| lower.starts_with(s.as_str()))
    }

    /// Whether the block's first byte can begin a match.
    pub(super) fn first_fits(&self, text: &str) -> bool {
        text.as_bytes().first().is_none_or(|&b| self.first.as_ref().is_none_or(|f| f[b as usize]))
    }
}

/// The distinct lowercase literals every match of a pattern begins with, when
/// they are finitely many and at least three bytes long (shorter ones rule out nothing).
/// Case-insensitive patterns yield every case variant, which lowercase to few strings.
fn match_prefixes(hir: &regex_syntax::hir::Hir) -> Option<Vec<String>> {
    use regex_syntax::hir::literal;
    let seq = literal::Extractor::new().kind(literal::ExtractKind::Prefix).limit_total(LITERAL_LIMIT).extract(hir);
    let mut out: Vec<String> = Vec::new();
    for lit in seq.literals()? {
        let text = std::str::from_utf8(lit.as_bytes()).ok()?.to_lowercase();
        if text.len() < 3 {
            return None;
        }
        if !out.contains(&text) {
            out.push(text);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Literals a pattern's prefix set may expand to: larger sets rule out a few more patterns
/// but cost far more to extract at start-up (0.6 s at 65,536 against a few ms here).
const LITERAL_LIMIT: usize = 250;

/// The possible first bytes of a match, when every match starts at the start of the text
/// and none is empty. Most patterns are `^label…`, so a block is ruled out by its first byte
/// without entering the regex engine at all.
pub(super) fn first_bytes(hir: &regex_syntax::hir::Hir) -> Option<Box<[bool; 256]>> {
    use regex_syntax::hir::Look;
    if !hir.properties().look_set_prefix().contains(Look::Start) {
        return None;
    }
    let mut first = Box::new([false; 256]);
    (!first_set(hir, &mut first)).then_some(first)
}

/// Adds to `set` every byte a match of `hir` can begin with; returns whether `hir` can match
/// the empty string (then what follows it can begin the match too). A superset is fine, a
/// byte missing is not: a class adds every UTF-8 lead byte between those of its ends.
fn first_set(hir: &regex_syntax::hir::Hir, set: &mut [bool; 256]) -> bool {
    use regex_syntax::hir::{Class, HirKind};
    let lead = |c: char| c.encode_utf8(&mut [0; 4]).as_bytes()[0] as usize;
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(lit) => match lit.0.first() {
            Some(&b) => {
                set[b as usize] = true;
                false
            }
            None => true,
        },
        HirKind::Class(Class::Unicode(class)) => {
            for r in class.ranges() {
                set[lead(r.start())..=lead(r.end())].fill(true);
            }
            false
        }
        HirKind::Class(Class::Bytes(class)) => {
            for r in class.ranges() {
                set[r.start() as usize..=r.end() as usize].fill(true);
            }
            false
        }
        HirKind::Repetition(rep) => first_set(&rep.sub, set) || rep.min == 0,
        HirKind::Capture(cap) => first_set(&cap.sub, set),
        HirKind::Concat(parts) => parts.iter().all(|h| first_set(h, set)),
        HirKind::Alternation(alts) => alts.iter().fold(false, |empty, h| first_set(h, set) | empty),
    }
}
