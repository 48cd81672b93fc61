//! Name mentions in languages the English model was not trained on (issue 17).
//!
//! The model tags capitalised words in any cased script (Latin, Cyrillic, Greek) but glues
//! them the English way: a sentence's first word, a title or an inflected place in front of a
//! person ("Заремы Надия Каримова", "Premiér Bachyt Oralov"), a verb between two names. For an
//! article in another language each span is therefore re-read:
//! - it is cut at every lowercase word (a name in a cased script has none inside);
//! - a leading word the story also writes in lowercase is a common word or a title, not a name;
//! - a sentence's first word is a name only with evidence: the same name (by cross-script
//!   skeleton) written elsewhere in the story after a sentence's start;
//! - the leading word of a three-word span that is, by skeleton, a one-word name of the story
//!   (a country in the genitive) is a mention of its own.
//!
//! Scripts without letter case (Arabic, Hebrew, Devanagari) give the model nothing: a word
//! there is a mention when its skeleton ([`crate::text::phonetic::skeleton`]), with or
//! without an attached clitic, is that of a name found in the story's cased articles. A lone
//! word of only three consonant classes ("طالب" is also a verb, "أكثر" means "more") counts
//! only as a surname right after the person's given name, or as a spelling the article has
//! used so.

use super::mentions::{add_in_order, push, Mention};
use crate::text::phonetic::{caseless_letter, skeleton, without_clitic};
use newsdesk_model::{Article, EntityKind};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Honorifics of other languages ("Mme", "г-н"): never part of a name.
static HONORIFICS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| super::gazetteer::entries(include_str!("../lexicon/honorifics.txt")).collect());

/// Whether the article is in English, the model's language (unknown counts as English).
pub fn english(article: &Article) -> bool {
    let lang = article.lang.as_deref().and_then(crate::text::lang::normalize).or_else(|| {
        let prefix: String = article.sentences.iter().take(4).map(|s| s.text.as_str()).collect::<Vec<_>>().join(" ");
        if crate::text::lang::reads_as_english(&prefix) {
            return Some("en".to_string());
        }
        crate::text::lang::detect(&prefix)
    });
    lang.is_none_or(|l| l == "en")
}

/// Per article, whether it is written in another language than the model's: judged once per
/// story for the mentions and the entities (detection is a tenth of a big story's analysis).
pub fn foreign(articles: &[Article]) -> Vec<bool> {
    use rayon::prelude::*;
    articles.par_iter().map(|a| !english(a)).collect()
}

/// The words of a text with their byte offsets.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inside = c.is_alphanumeric() || is_mark(c) || matches!(c, '-' | '.' | '\'' | '’');
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    // A full stop or hyphen at the end belongs to the sentence, not the word (but "M.").
    for (_, w) in out.iter_mut() {
        if !HONORIFICS.contains(*w) {
            *w = w.trim_end_matches(['.', '-', '\'', '’']);
        }
    }
    out.retain(|(_, w)| !w.is_empty());
    out
}

/// Combining vowel signs of the Indic scripts and Arabic harakat belong to their word.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963 | 0x05B0..=0x05C7)
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Re-reads the model's mentions in non-English articles of cased scripts (see the module
/// documentation); `foreign[a]` tells whether article `a` is not in English.
pub fn clean_foreign(articles: &[Article], foreign: &[bool], out: &mut Vec<Mention>) {
    if !foreign.iter().any(|&f| f) {
        return;
    }
    let lower: HashSet<String> = articles
        .iter()
        .flat_map(|a| a.sentences.iter())
        .flat_map(|s| s.text.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(str::to_string)
        .collect();
    // Skeletons of name words written after a sentence's start, anywhere in the story.
    let mid: HashSet<String> = out
        .iter()
        .flat_map(|m| words(&m.text).into_iter().map(move |(o, w)| (m.range.start + o, w)))
        .filter(|&(at, w)| at > 0 && capitalised(w))
        .map(|(_, w)| skeleton(w))
        .collect();
    // Every name of the story by skeleton, with its kind.
    let names: HashMap<String, EntityKind> =
        out.iter().filter_map(|m| Some((skeleton(&m.text), m.kind?))).filter(|(k, _)| k.len() >= 3).collect();
    let mut result = Vec::with_capacity(out.len());
    for m in out.drain(..) {
        if !foreign[m.article] || !m.text.chars().any(char::is_uppercase) {
            result.push(m);
            continue;
        }
        let text = super::mentions::source_text(articles, &m).to_string();
        let ws = words(&m.text);
        // Runs of capitalised words.
        let mut pieces: Vec<Vec<(usize, &str)>> = vec![Vec::new()];
        for &(o, w) in &ws {
            if capitalised(w) || w.chars().next().is_some_and(|c| c.is_numeric()) {
                if let Some(p) = pieces.last_mut() {
                    p.push((m.range.start + o, w));
                }
            } else if pieces.last().is_some_and(|p| !p.is_empty()) {
                pieces.push(Vec::new());
            }
        }
        for mut piece in pieces.into_iter().filter(|p| !p.is_empty()) {
            while let Some(&(at, w)) = piece.first() {
                let common = lower.contains(&w.to_lowercase()) || HONORIFICS.contains(w);
                let unproven = at == 0 && !mid.contains(&skeleton(w));
                // A title the story writes before the same name elsewhere without it.
                let rest: String = piece[1..].iter().map(|p| p.1).collect::<Vec<_>>().join(" ");
                let titled = piece.len() >= 3 && names.contains_key(&skeleton(&rest));
                if common || unproven || (titled && !names.contains_key(&skeleton(w))) {
                    piece.remove(0);
                } else {
                    break;
                }
            }
            let kind = m.kind.unwrap_or(EntityKind::Other);
            if piece.len() >= 3 {
                // An inflected place or thing glued in front ("Заремы Надия Каримова").
                if let Some(&k) = names.get(&skeleton(piece[0].1)) {
                    let (at, w) = piece.remove(0);
                    push(&text, at..at + w.len(), "", k, m.article, m.sentence, &mut result);
                    if let Some(last) = result.last_mut() {
                        // A caption's index points into `removed`: the piece stays a caption's.
                        last.in_caption = m.in_caption;
                    }
                }
            }
            if let (Some(&(start, _)), Some(&(at, w))) = (piece.first(), piece.last()) {
                let end = at + w.trim_end_matches(['.', '-', '\'', '’']).len();
                if end > start {
                    push(&text, start..end, &m.role, kind, m.article, m.sentence, &mut result);
                    if let Some(last) = result.last_mut() {
                        last.in_caption = m.in_caption;
                    }
                }
            }
        }
    }
    *out = result;
}

/// Adds mentions in sentences of caseless scripts: words whose skeleton is that of a name
/// the story's cased articles give (see the module documentation).
pub fn caseless(articles: &[Article], out: &mut Vec<Mention>) {
    let is_caseless = |t: &str| t.chars().find(|c| c.is_alphabetic()).is_some_and(caseless_letter);
    if !articles.iter().any(|a| a.sentences.iter().any(|s| is_caseless(&s.text))) {
        return;
    }
    // Surnames → their given names' skeletons; other name words → kind.
    let mut surnames: HashMap<String, (EntityKind, Vec<String>)> = HashMap::new();
    let mut others: HashMap<String, EntityKind> = HashMap::new();
    for m in out.iter().filter(|m| m.text.chars().any(char::is_uppercase)) {
        let Some(kind) = m.kind else { continue };
        let ws: Vec<&str> = m.text.split_whitespace().collect();
        if kind == EntityKind::Person && ws.len() >= 2 {
            let entry = surnames.entry(skeleton(ws[ws.len() - 1])).or_insert((kind, Vec::new()));
            entry.1.push(skeleton(ws[0]));
        } else {
            for w in ws.iter().filter(|w| capitalised(w) && !super::gazetteer::is_org_word(w)) {
                others.entry(skeleton(w)).or_insert(kind);
            }
        }
    }
    surnames.retain(|k, _| k.len() >= 3);
    others.retain(|k, _| k.len() >= 3 && !surnames.contains_key(k));
    let mut covered: HashMap<(usize, usize), Vec<std::ops::Range<usize>>> = HashMap::new();
    for m in out.iter().filter(|m| !m.in_caption) {
        covered.entry((m.article, m.sentence)).or_default().push(m.range.clone());
    }
    let mut added = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        // Spellings of surnames this article has written right after the given name.
        let mut established: HashSet<String> = HashSet::new();
        for pass in 0..2 {
            for (si, s) in a.sentences.iter().enumerate().filter(|(_, s)| is_caseless(&s.text)) {
                let ws = words(&s.text);
                let taken = covered.entry((ai, si)).or_default();
                for (k, &(o, w)) in ws.iter().enumerate() {
                    if taken.iter().any(|r| r.start < o + w.len() && o < r.end) {
                        continue;
                    }
                    // The word itself, or without a clitic in front.
                    for form in [Some(w), without_clitic(w)].into_iter().flatten() {
                        let at = o + (w.len() - form.len());
                        let key = skeleton(form);
                        let range = if let Some((kind, givens)) = surnames.get(&key) {
                            let given = k.checked_sub(1).map(|p| ws[p]).filter(|&(_, g)| givens.contains(&skeleton(g)));
                            match (pass, given) {
                                (0, Some((go, _))) => {
                                    established.insert(form.to_string());
                                    Some((go..at + form.len(), *kind))
                                }
                                (1, None) if key.len() >= 4 || established.contains(form) => {
                                    Some((at..at + form.len(), *kind))
                                }
                                _ => None,
                            }
                        } else {
                            others
                                .get(&key)
                                .filter(|_| pass == 1 && key.len() >= 4)
                                .map(|&kind| (at..at + form.len(), kind))
                        };
                        if let Some((range, kind)) = range {
                            taken.push(range.clone());
                            push(&s.text, range, "", kind, ai, si, &mut added);
                            break;
                        }
                    }
                }
            }
        }
    }
    add_in_order(out, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_marks_and_offsets() {
        let w = words("समीरा तालेब ने कहा");
        assert_eq!(w.len(), 4);
        assert_eq!(w[1].1, "तालेब");
        assert_eq!(skeleton(w[1].1), skeleton("Taleb"));
    }
}
