//! The named-entity model's features: the one function that turns a tokenised sentence (and
//! what its document says about each word) into CRF attributes.
//!
//! Input: a sentence's tokens and the [`DocContext`] of its article. Output: one list of
//! attribute names per token. The training dump (`newsdesk ner features`) and the tagger both
//! call [`sentence_features`], so training and run time can never see different features.
//! Knowledge enters only as lexicon membership (gazetteer, title words, given names…), read
//! from the data files in `src/lexicon/`.

use super::super::gazetteer::{entries, gazetteer};
use super::tokens::Token;
use crate::text::terms::is_stopword;
use newsdesk_model::EntityKind;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::sync::LazyLock;

/// Lexicon classes a word can belong to (several at once), as feature names.
const CLASSES: [(&str, &str); 10] = [
    ("title", include_str!("../../lexicon/title_words.txt")),
    ("orgw", include_str!("../../lexicon/org_words.txt")),
    ("dem", include_str!("../../lexicon/demonyms.txt")),
    ("grp", include_str!("../../lexicon/group_nouns.txt")),
    ("cal", include_str!("../../lexicon/calendar.txt")),
    ("tz", include_str!("../../lexicon/time_zones.txt")),
    ("given", include_str!("../../lexicon/given_names.txt")),
    ("cgiven", include_str!("../../lexicon/census_given.txt")),
    ("csur", include_str!("../../lexicon/census_surnames.txt")),
    ("conn", include_str!("../../lexicon/connectors.txt")),
];

/// Lowercase word → bit set of its classes (bit i = `CLASSES[i]`).
static LEXICON: LazyLock<FxHashMap<String, u16>> = LazyLock::new(|| {
    let mut map: FxHashMap<String, u16> = FxHashMap::default();
    for (bit, (_, file)) in CLASSES.iter().enumerate() {
        for entry in entries(file) {
            for word in entry.split_whitespace() {
                *map.entry(word.to_lowercase()).or_default() |= 1 << bit;
            }
        }
    }
    map
});

/// City names (lowercase), their first words, and the longest in words: a place feature,
/// never a decision.
struct Geo {
    names: FxHashSet<String>,
    first_words: FxHashSet<String>,
    longest: usize,
}

static GEO: LazyLock<Geo> = LazyLock::new(|| {
    let names: FxHashSet<String> =
        entries(include_str!("../../lexicon/geo_places.txt")).map(str::to_lowercase).collect();
    let longest = names.iter().map(|p| p.split_whitespace().count()).max().unwrap_or(1);
    let first_words = names.iter().filter_map(|p| p.split_whitespace().next()).map(str::to_string).collect();
    Geo { names, first_words, longest }
});

/// Per token: whether it lies in a city name of the GeoNames list, and whether it begins it.
fn geo_marks(sentence: &str, tokens: &[Token<'_>], lower: &[String]) -> Vec<Option<bool>> {
    let geo = &*GEO;
    let (set, longest) = (&geo.names, &geo.longest);
    let mut marks = vec![None; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let capital = tokens[i].text.chars().next().is_some_and(char::is_uppercase);
        let found = (capital && geo.first_words.contains(&lower[i]))
            .then(|| {
                (1..=(*longest).min(tokens.len() - i)).rev().find(|&n| {
                    set.contains(&sentence[tokens[i].range.start..tokens[i + n - 1].range.end].to_lowercase())
                })
            })
            .flatten();
        match found {
            Some(n) => {
                for (k, mark) in marks[i..i + n].iter_mut().enumerate() {
                    *mark = Some(k == 0);
                }
                i += n;
            }
            None => i += 1,
        }
    }
    marks
}

/// Word clusters (`lexicon/word_clusters.txt`, built by `models/ner/clusters.py` from word
/// vectors): one `word<TAB>fine` line per word, sorted by word (bytes; a test checks), after a
/// `coarse` line mapping fine → coarse. Words are found by binary search in the text itself:
/// building a map of its 157,000 words was a seventh of a small brief's time.
const CLUSTER_FILE: &str = include_str!("../../lexicon/word_clusters.txt");

struct Clusters {
    /// The `word<TAB>fine` lines.
    words: &'static str,
    coarse: Vec<u16>,
}

static CLUSTERS: LazyLock<Clusters> = LazyLock::new(|| {
    // The `#` comments and the `coarse` line come first; the word lines are the rest.
    let mut rest = CLUSTER_FILE;
    let mut coarse = Vec::new();
    while let Some((line, after)) = rest.split_once('\n') {
        if let Some(map) = line.strip_prefix("coarse ") {
            coarse = map.split_whitespace().filter_map(|c| c.parse().ok()).collect();
        } else if !line.starts_with('#') {
            break;
        }
        rest = after;
    }
    Clusters { words: rest, coarse }
});

/// The fine cluster of `word` in sorted `word<TAB>fine` lines.
fn find_cluster(lines: &str, word: &str) -> Option<u16> {
    let b = lines.as_bytes();
    // `lo` is always the start of a line; the word's line, if any, starts in `lo..hi`.
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = b[lo..mid].iter().rposition(|&c| c == b'\n').map_or(lo, |p| lo + p + 1);
        let end = b[start..].iter().position(|&c| c == b'\n').map_or(b.len(), |p| start + p);
        let (w, fine) = lines[start..end].split_once('\t')?;
        match w.cmp(word) {
            std::cmp::Ordering::Equal => return fine.parse().ok(),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// A word's (fine, coarse) cluster, if it has one.
type Cluster = Option<(u16, u16)>;

thread_local! {
    /// Clusters of the words this thread has looked up: each step of the binary search
    /// misses the processor's cache, and a big story's vocabulary repeats.
    static SEEN: RefCell<FxHashMap<Box<str>, Cluster>> = Default::default();
}

/// Words kept in a thread's cluster cache before it starts over (bounds memory).
const SEEN_MAX: usize = 1 << 16;

/// The (fine, coarse) cluster of a lowercase word.
fn cluster(lower: &str) -> Cluster {
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if let Some(&known) = seen.get(lower) {
            return known;
        }
        let c = &*CLUSTERS;
        let found =
            find_cluster(c.words, lower).map(|fine| (fine, c.coarse.get(usize::from(fine)).copied().unwrap_or(0)));
        if seen.len() >= SEEN_MAX {
            seen.clear();
        }
        seen.insert(lower.into(), found);
        found
    })
}

/// Whether a lowercase word is in the lexicon class named `class`.
pub fn in_class(lower: &str, class: &str) -> bool {
    let bit = CLASSES.iter().position(|(name, _)| *name == class);
    bit.is_some_and(|b| LEXICON.get(lower).is_some_and(|set| set & (1 << b) != 0))
}

/// What a whole article says about its words: which are written lowercase somewhere (common
/// words) and which are capitalised in mid-sentence (names), so that a sentence-initial or
/// headline capital can be read.
#[derive(Debug, Default)]
pub struct DocContext {
    lower: FxHashSet<String>,
    capitalised_inside: FxHashSet<String>,
}

impl DocContext {
    /// The context of an article from all its sentences' tokens.
    pub fn new<'a>(sentences: impl IntoIterator<Item = &'a [Token<'a>]>) -> Self {
        let mut ctx = Self::default();
        for tokens in sentences {
            for (i, t) in tokens.iter().enumerate() {
                let Some(first) = t.text.chars().next() else { continue };
                if first.is_lowercase() {
                    ctx.lower.insert(t.text.to_string());
                } else if first.is_uppercase() && i > 0 && !opens(&tokens[i - 1]) {
                    ctx.capitalised_inside.insert(t.text.to_lowercase());
                }
            }
        }
        ctx
    }
}

/// Tokens after which a capital proves nothing: quotes, brackets, colons, dashes.
fn opens(t: &Token<'_>) -> bool {
    matches!(t.text, "“" | "\"" | "‘" | "'" | "(" | "[" | ":" | "—" | "–" | "-" | "«" | "„" | "`" | "``")
}

/// Word shape with runs collapsed: "Jansen" → "Xx", "U.S." → "X.X.", "1,200" → "d,d".
fn shape(word: &str) -> String {
    let mut out = String::with_capacity(8);
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if !out.ends_with(s) {
            out.push(s);
        }
    }
    out
}

/// The sentence's capitalisation: mixed (capitals mean something), all upper or all lower.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Mixed,
    Upper,
    Lower,
}

fn sentence_case(tokens: &[Token<'_>]) -> Case {
    let letters = tokens.iter().flat_map(|t| t.text.chars()).filter(|c| c.is_alphabetic());
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in letters {
        if c.is_uppercase() {
            upper += 1;
        } else {
            lower += 1;
        }
    }
    if upper >= 8 && lower * 10 < upper {
        Case::Upper
    } else if lower >= 12 && upper == 0 {
        Case::Lower
    } else {
        Case::Mixed
    }
}

/// Per token: the gazetteer kind of the longest known phrase covering it, and whether it
/// begins that phrase.
fn gazetteer_marks(sentence: &str, tokens: &[Token<'_>], lower: &[String]) -> Vec<Option<(EntityKind, bool)>> {
    let g = gazetteer();
    let mut marks = vec![None; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let capital = tokens[i].text.chars().next().is_some_and(char::is_uppercase);
        let found = (capital && g.may_start(&lower[i]))
            .then(|| {
                (1..=g.max_words.min(tokens.len() - i)).rev().find_map(|n| {
                    g.get(&sentence[tokens[i].range.start..tokens[i + n - 1].range.end]).map(|k| (n, k.kind))
                })
            })
            .flatten();
        match found {
            Some((n, kind)) => {
                for (k, mark) in marks[i..i + n].iter_mut().enumerate() {
                    *mark = Some((kind, k == 0));
                }
                i += n;
            }
            None => i += 1,
        }
    }
    marks
}

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "per",
        EntityKind::Organization => "org",
        EntityKind::Place => "loc",
        EntityKind::Other => "oth",
    }
}

/// `parts` joined into one attribute. Attributes are built for every token of a story, and
/// `format!` machinery cost more than the tagging itself.
fn attr(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    parts.iter().for_each(|p| s.push_str(p));
    s
}

/// `prefix` and a number, as one attribute.
fn attr_num(prefix: &str, n: u16) -> String {
    let mut digits = [0u8; 5];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    attr(&[prefix, std::str::from_utf8(&digits[at..]).unwrap_or_default()])
}

/// The attributes of every token of one sentence.
pub fn sentence_features(sentence: &str, tokens: &[Token<'_>], doc: &DocContext) -> Vec<Vec<String>> {
    let case = sentence_case(tokens);
    let lower: Vec<String> = tokens.iter().map(|t| t.text.to_lowercase()).collect();
    let shapes: Vec<String> =
        tokens.iter().zip(&lower).map(|(t, l)| if case == Case::Mixed { shape(t.text) } else { shape(l) }).collect();
    let classes: Vec<u16> = lower.iter().map(|l| LEXICON.get(l).copied().unwrap_or(0)).collect();
    let clusters: Vec<Option<(u16, u16)>> = lower.iter().map(|l| cluster(l)).collect();
    let gaz = gazetteer_marks(sentence, tokens, &lower);
    let geo = geo_marks(sentence, tokens, &lower);
    let word = |i: isize| -> &str {
        match usize::try_from(i).ok().and_then(|i| lower.get(i)) {
            Some(w) => w,
            None if i < 0 => "<s>",
            None => "</s>",
        }
    };
    let mut out = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        let mut f: Vec<String> = Vec::with_capacity(40);
        let w = &lower[i];
        let ii = i as isize;
        f.push("b".into());
        f.push(attr(&["w=", w]));
        f.push(attr(&["sh=", &shapes[i]]));
        // Prefixes and suffixes by characters, sliced from the lowercase word.
        let bounds: Vec<usize> = w.char_indices().map(|(b, _)| b).chain([w.len()]).collect();
        let n = bounds.len() - 1;
        for (k, name) in [(2, "p2="), (3, "p3=")] {
            if n > k {
                f.push(attr(&[name, &w[..bounds[k]]]));
            }
        }
        for (k, name) in [(2, "s2="), (3, "s3="), (4, "s4=")] {
            if n > k {
                f.push(attr(&[name, &w[bounds[n - k]..]]));
            }
        }
        if n == 1 {
            f.push("len1".into());
        }
        match case {
            Case::Upper => f.push("case=U".into()),
            Case::Lower => f.push("case=L".into()),
            Case::Mixed => {}
        }
        let initial = i == 0 || opens(&tokens[i - 1]);
        if initial {
            f.push("init".into());
        }
        if is_stopword(w) {
            f.push("stop".into());
        }
        for (bit, (name, _)) in CLASSES.iter().enumerate() {
            if classes[i] & (1 << bit) != 0 {
                f.push(attr(&["L=", name]));
            }
            for (d, side) in [(-1isize, "L-1="), (1, "L1=")] {
                let j = ii + d;
                if j >= 0 && (j as usize) < tokens.len() && classes[j as usize] & (1 << bit) != 0 {
                    f.push(attr(&[side, name]));
                }
            }
        }
        if let Some((fine, coarse)) = clusters[i] {
            f.push(attr_num("c=", fine));
            f.push(attr_num("cc=", coarse));
        }
        for (d, side) in [(-1isize, "cc-1="), (1, "cc1=")] {
            let c = usize::try_from(ii + d).ok().and_then(|j| clusters.get(j).copied().flatten());
            if let Some((_, coarse)) = c {
                f.push(attr_num(side, coarse));
            }
        }
        if let Some(begin) = geo[i] {
            f.push(if begin { "geo=B" } else { "geo=I" }.into());
        }
        if let Some((kind, begin)) = gaz[i] {
            f.push(attr(&["gz=", if begin { "B" } else { "I" }, kind_name(kind)]));
        }
        // What the rest of the article says about a capitalised word.
        if case == Case::Mixed && t.text.chars().next().is_some_and(char::is_uppercase) {
            if doc.lower.contains(w.as_str()) {
                f.push("dlow".into());
            }
            if initial && doc.capitalised_inside.contains(w.as_str()) {
                f.push("dcap".into());
            }
        }
        for (d, side) in [(-2isize, "w-2="), (-1, "w-1="), (1, "w1="), (2, "w2=")] {
            f.push(attr(&[side, word(ii + d)]));
        }
        for (d, side) in [(-1isize, "sh-1="), (1, "sh1=")] {
            let j = ii + d;
            let sh = usize::try_from(j).ok().and_then(|j| shapes.get(j)).map_or("_", String::as_str);
            f.push(attr(&[side, sh]));
        }
        f.push(attr(&["w-1|w=", word(ii - 1), "|", w]));
        f.push(attr(&["w|w+1=", w, "|", word(ii + 1)]));
        f.push(attr(&["sh|sh+1=", &shapes[i], "|", shapes.get(i + 1).map_or("_", String::as_str)]));
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn shapes_and_classes() {
        assert_eq!(shape("Jansen"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("1,200"), "d,d");
        assert!(in_class("minister", "title") && in_class("police", "grp") && in_class("sept", "cal"));
        assert!(in_class("bill", "given") && !in_class("harbour", "given"));
        // Given names share a cluster more often than not with other given names.
        let (john, mary) = (cluster("john"), cluster("mary"));
        assert!(john.is_some() && john.map(|c| c.1) == mary.map(|c| c.1));
        assert_eq!(cluster("qqqzzz"), None);
    }

    /// The binary search finds exactly what a map of the file's lines would hold: the lines
    /// are sorted and unique, and every one is found.
    #[test]
    fn clusters_sorted_and_found() {
        let mut map: FxHashMap<&str, u16> = FxHashMap::default();
        let mut coarse: Vec<u16> = Vec::new();
        let mut last = "";
        for line in entries(CLUSTER_FILE) {
            if let Some(m) = line.strip_prefix("coarse ") {
                coarse = m.split_whitespace().filter_map(|c| c.parse().ok()).collect();
            } else if let Some((word, fine)) = line.split_once('\t') {
                assert!(last < word, "word_clusters.txt out of order at {word}");
                last = word;
                map.insert(word, fine.parse().expect("a cluster number"));
            }
        }
        assert_eq!(coarse, CLUSTERS.coarse);
        for (word, fine) in &map {
            assert_eq!(find_cluster(CLUSTERS.words, word), Some(*fine), "{word}");
            assert_eq!(cluster(word).map(|c| c.1), coarse.get(usize::from(*fine)).copied().or(Some(0)));
        }
        for missing in ["", "a", "zzzzzz", "coarse 1", "a-bomb ", "\t"] {
            assert_eq!(find_cluster(CLUSTERS.words, missing), map.get(missing).copied(), "{missing:?}");
        }
    }

    #[test]
    fn attributes_are_joined_parts() {
        assert_eq!(attr(&["w-1|w=", "the", "|", "mayor"]), "w-1|w=the|mayor");
        for n in [0u16, 7, 10, 409, 65535] {
            assert_eq!(attr_num("cc-1=", n), format!("cc-1={n}"));
        }
    }

    #[test]
    fn features_carry_lexicon_gazetteer_and_document_evidence() {
        let s1 = "Police in Geneva said Mulder left.";
        let s2 = "The police thanked Mulder.";
        let (t1, t2) = (tokenize(s1), tokenize(s2));
        let doc = DocContext::new([&t1[..], &t2[..]]);
        let f = sentence_features(s1, &t1, &doc);
        assert_eq!(f.len(), t1.len());
        assert!(f[0].contains(&"init".to_string()) && f[0].contains(&"dlow".to_string()));
        assert!(f[0].contains(&"L=grp".to_string()));
        assert!(f[2].contains(&"gz=Bloc".to_string()));
        assert!(f[3].contains(&"w-1=geneva".to_string()) && !f[3].contains(&"L+1=given".to_string()));
        // Same input, same features: the training dump and the tagger agree.
        assert_eq!(f, sentence_features(s1, &t1, &doc));
    }
}
