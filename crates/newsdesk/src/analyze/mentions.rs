//! Finding name mentions in sentences. The named-entity model ([`super::ner`]) finds the names
//! and their kind; this module cleans each span the way a brief lists names: title words in
//! front of a person's name become its role ("Deputy Foreign Minister" + "Sergei Ryabkov"),
//! sentence-initial function words and trailing connectors are dropped, and a span made only of
//! group nouns, titles, nationality words or calendar words ("Police", "Officials", "Sept")
//! is no name at all. The gazetteer then gives known names their canonical form and kind.
//!
//! Input: the articles of a story. Output: every mention, in article and sentence order.
//! Invariant: a mention's `range` is a non-empty range of its sentence and `text` is that slice.

use super::gazetteer::{gazetteer, is_demonym, is_org_word, is_title_word};
use super::ner::features::in_class;
use super::ner::{self, NerKind};
use super::span_words::{
    capitalised, headline_cased, is_common_word, is_function_word, is_given_name_word, joins_two_names,
};
use crate::text::regex;
use newsdesk_model::{Article, EntityKind, RemovalReason};
use regex::Regex;
use std::sync::LazyLock;

/// One mention of a name in one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Position of the article in the story.
    pub article: usize,
    /// Sentence index in the article (an index into `removed` when `in_caption`).
    pub sentence: usize,
    /// Found in a photo caption the clean stage removed: it shows the article names the
    /// entity, but there is no sentence to cite.
    pub in_caption: bool,
    /// Byte range of the name in the sentence text.
    pub range: std::ops::Range<usize>,
    /// The name as written (titles and possessive removed).
    pub text: String,
    /// Title and role words written in front of it ("Deputy Foreign Minister").
    pub role: String,
    /// Kind when the text itself tells (gazetteer, organisation word, title, speech cue).
    pub kind: Option<EntityKind>,
    /// Canonical name when the gazetteer knows it.
    pub known: Option<String>,
    /// Whether the mention starts its sentence (capitalisation then proves nothing).
    pub initial: bool,
    /// For a name in a script the model cannot read, matched by sound to a person the story
    /// names ([`super::han_names`]): that person's name, whose words stand for this
    /// mention's when mentions are grouped.
    pub matched: Option<String>,
}

impl Mention {
    /// Number of words in the name.
    pub fn words(&self) -> usize {
        self.name().split_whitespace().count()
    }

    /// The words grouping reads: the name as written, or the name it was matched to.
    pub fn name(&self) -> &str {
        self.matched.as_deref().unwrap_or(&self.text)
    }

    /// The last word of the name (a person's surname).
    pub fn last_word(&self) -> &str {
        self.name().split_whitespace().last().unwrap_or("")
    }
}

static TOKEN: LazyLock<Regex> = LazyLock::new(|| regex(r"[\p{L}\p{N}][\p{L}\p{N}’'.&-]*"));
static ABBREVIATION: LazyLock<Regex> = LazyLock::new(|| regex(r"^(?:\p{Lu}\.){2,}$"));
struct Token<'a> {
    text: &'a str,
    range: std::ops::Range<usize>,
}

fn tokens(sentence: &str) -> Vec<Token<'_>> {
    TOKEN
        .find_iter(sentence)
        .map(|m| {
            let mut text = m.as_str();
            for suffix in ["’s", "'s", "’", "'"] {
                if let Some(stripped) = text.strip_suffix(suffix) {
                    text = stripped;
                    break;
                }
            }
            if !ABBREVIATION.is_match(text) {
                text = text.trim_end_matches(['.', '-', '&']);
            }
            Token { text, range: m.start()..m.start() + text.len() }
        })
        .filter(|t| !t.text.is_empty())
        .collect()
}

/// Every name mention in the articles' sentences (and removed photo captions), in order.
/// `foreign`: per article, whether it is not in English ([`super::scripts::foreign`]).
pub fn find_mentions(articles: &[Article], foreign: &[bool]) -> Vec<Mention> {
    use rayon::prelude::*;
    // Articles are tagged in parallel: the model is most of the analysis's time.
    let per_article: Vec<Vec<Mention>> = articles
        .par_iter()
        .enumerate()
        .map(|(ai, article)| {
            let captions: Vec<(usize, &str)> = article
                .removed
                .iter()
                .enumerate()
                .filter(|(_, r)| r.reason == RemovalReason::Caption)
                .map(|(ri, r)| (ri, r.text.as_str()))
                .collect();
            let texts: Vec<&str> =
                article.sentences.iter().map(|s| s.text.as_str()).chain(captions.iter().map(|c| c.1)).collect();
            let mut out = Vec::new();
            for (k, spans) in ner::tag_document(&texts).into_iter().enumerate() {
                let (index, in_caption) = match k.checked_sub(article.sentences.len()) {
                    Some(c) => (captions[c].0, true),
                    None => (k, false),
                };
                let from = out.len();
                let all = tokens(texts[k]);
                for span in spans {
                    name_mention(texts[k], &all, &span, ai, index, &mut out);
                }
                out[from..].iter_mut().for_each(|m| m.in_caption = in_caption);
            }
            out
        })
        .collect();
    let mut out: Vec<Mention> = per_article.into_iter().flatten().collect();
    // Articles in other languages: the English model's spans re-read, caseless scripts matched
    // to the names of the rest of the story.
    super::scripts::clean_foreign(articles, foreign, &mut out);
    // Words the story writes in lowercase are common words, never names on their own.
    let lower = lowercase_words(articles);
    super::headline_names::drop_unproven(articles, &lower, &mut out);
    consistent(articles, &lower, &mut out);
    super::scripts::caseless(articles, &mut out);
    super::han_names::han(articles, &mut out);
    super::name_kinds::settle(&mut out, foreign);
    out
}

/// Story-level consistency: a name the model tagged somewhere (and a tagged person's surname)
/// is a mention wherever else it is written with its capital, even where the model missed it
/// ("sanctions on Putin’s inner circle" once "Vladimir Putin" was tagged).
fn consistent(articles: &[Article], lower: &std::collections::HashSet<&str>, out: &mut Vec<Mention>) {
    use aho_corasick::{AhoCorasick, MatchKind};
    use std::collections::BTreeMap;
    let mut names: BTreeMap<String, EntityKind> = BTreeMap::new();
    for m in out.iter() {
        let Some(kind) = m.kind else { continue };
        let mut add = |name: &str, kind: EntityKind| {
            let single = !name.contains(' ');
            let common = single && (is_not_a_name(name) || lower.contains(name.to_lowercase().as_str()));
            if name.chars().count() >= 2 && capitalised(name) && !common {
                names.entry(name.to_string()).or_insert(kind);
            }
        };
        add(&m.text, kind);
        if kind == EntityKind::Person && m.words() >= 2 {
            add(m.last_word(), kind);
        }
        // The other names of a known name ("U.S." once "United States" was tagged) and the
        // initials of a name of several capitalised words ("UNC"): the entity table merges them.
        let shorts = m.known.as_ref().and_then(|k| ALIAS_FORMS.get(k)).into_iter().flatten().cloned();
        let ini: String = if kind != EntityKind::Person && m.words() >= 2 {
            m.text.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect()
        } else {
            String::new()
        };
        for short in shorts.chain((ini.chars().count() >= 2).then_some(ini)) {
            names.entry(short).or_insert(kind);
        }
    }
    if names.is_empty() {
        return;
    }
    let patterns: Vec<&String> = names.keys().collect();
    let Ok(ac) = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&patterns) else { return };
    let mut covered: BTreeMap<(usize, usize), Vec<std::ops::Range<usize>>> = BTreeMap::new();
    for m in out.iter().filter(|m| !m.in_caption) {
        covered.entry((m.article, m.sentence)).or_default().push(m.range.clone());
    }
    let mut added = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (si, sentence) in a.sentences.iter().enumerate() {
            let text = sentence.text.as_str();
            let here = covered.get(&(ai, si)).map_or(&[][..], Vec::as_slice);
            for hit in ac.find_iter(text) {
                let r = hit.range();
                let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
                if !boundary(text[..r.start].chars().next_back()) || !boundary(text[r.end..].chars().next()) {
                    continue;
                }
                if here.iter().any(|c| c.start < r.end && r.start < c.end) {
                    continue;
                }
                let kind = names[patterns[hit.pattern().as_usize()]];
                push(text, r, "", kind, ai, si, &mut added);
            }
        }
    }
    add_in_order(out, added);
}

/// The words the story's sentences write starting with a lowercase letter.
fn lowercase_words(articles: &[Article]) -> std::collections::HashSet<&str> {
    articles
        .iter()
        .flat_map(|a| a.sentences.iter())
        .flat_map(|s| s.text.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect()
}

/// Canonical name → the other forms the gazetteer's alias lists give it ("United States" →
/// "U.S.", "US", …), for the story-level pass above.
static ALIAS_FORMS: LazyLock<std::collections::HashMap<String, Vec<String>>> = LazyLock::new(|| {
    let mut map: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    let lines = super::gazetteer::entries(include_str!("../lexicon/aliases.txt"))
        .chain(super::gazetteer::entries(include_str!("../lexicon/organizations.txt")));
    for line in lines {
        let Some((a, b)) = line.split_once('=') else { continue };
        for form in [a, b] {
            if let Some(k) = gazetteer().get(form).filter(|k| k.name != form) {
                map.entry(k.name.clone()).or_default().push(form.to_string());
            }
        }
    }
    map
});

/// The text a mention was found in.
pub fn source_text<'a>(articles: &'a [Article], m: &Mention) -> &'a str {
    let a = &articles[m.article];
    if m.in_caption {
        &a.removed[m.sentence].text
    } else {
        &a.sentences[m.sentence].text
    }
}

/// Words that are never a name on their own: group nouns, titles, nationality and calendar
/// words, sentence-initial function words.
fn is_not_a_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_title_word(word)
        || is_demonym(word)
        || is_function_word(word)
        || in_class(&lower, "grp")
        || in_class(&lower, "cal")
        || in_class(&lower, "tz")
}

/// The tokens of `all` (sorted, not overlapping) that lie inside `r`.
fn within<'t, 'a>(all: &'t [Token<'a>], r: &std::ops::Range<usize>) -> &'t [Token<'a>] {
    let lo = all.partition_point(|t| t.range.start < r.start);
    let hi = all.partition_point(|t| t.range.end <= r.end).max(lo);
    &all[lo..hi]
}

/// Turns one model span into mentions: split at possessives, punctuation and capitalised
/// function words, extended to a known name it cuts short, role words split off, known names
/// canonicalised. `all` are the sentence's tokens. Iterative: a span of any length is safe.
fn name_mention(
    sentence: &str,
    all: &[Token<'_>],
    span: &ner::NerSpan,
    article: usize,
    index: usize,
    out: &mut Vec<Mention>,
) {
    let NerKind::Entity(model_kind) = span.kind else { return };
    let g = gazetteer();
    let words = within(all, &span.range);
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return };
    // A known name the model cut short ("Organization for Security and Cooperation" + "in
    // Europe") is taken whole. Only the span is extended, never a piece of it, so every
    // split below makes the pieces strictly shorter.
    let at = all.partition_point(|t| t.range.start < first.range.start);
    let extended = (1..=g.max_words.min(all.len() - at))
        .rev()
        .map(|n| all[at + n - 1].range.end)
        .find(|&end| end > last.range.end && g.get(&sentence[first.range.start..end]).is_some());
    // Pieces still to read, the leftmost on top.
    let mut pending: Vec<std::ops::Range<usize>> = Vec::with_capacity(4);
    pending.push(first.range.start..extended.unwrap_or(last.range.end));
    'pieces: while let Some(range) = pending.pop() {
        let words = within(all, &range);
        // Two names joined by a possessive ("Russia's Ryabkov") or a capitalised function
        // word (a headline's "In") are two mentions; an organisation's possessive stays
        // ("Workers' Union", "People's Party"). Punctuation inside never belongs to a name
        // ("Image: …", "Twitter / NASA"), nor does a full stop after a word longer than an
        // abbreviation ("… Towers. He").
        for k in 1..words.len() {
            let gap = &sentence[words[k - 1].range.end..words[k].range.start];
            let possessive =
                gap.trim_start().starts_with(['\'', '’']) && !words[k..].iter().any(|t| is_org_word(t.text));
            let function = is_function_word(words[k].text) && capitalised(words[k].text) && k + 1 < words.len();
            let punctuation = gap.chars().any(|c| !c.is_whitespace() && !matches!(c, '\'' | '’' | '-' | '&' | '.'))
                || (gap.contains('.') && words[k - 1].text.chars().count() >= 4);
            // A lowercase word that is no connector ends a name ("Volunteer organization Comic
            // Corps", "USI includes Polaroids"); "and" does between two names when one of
            // them is known on its own ("United Nations and United States").
            let common = k + 1 < words.len() && is_common_word(words[k].text);
            let joined =
                words[k].text == "and" && k + 1 < words.len() && joins_two_names(sentence, &range, &words[k].range);
            if common || joined {
                pending.push(words[k + 1].range.start..range.end);
                // A lone capital opening the sentence before a common word is no name
                // ("Volunteer organization …").
                let initial = k == 1 && sentence[..range.start].trim().is_empty();
                if !(common && initial) {
                    pending.push(range.start..words[k - 1].range.end);
                }
                continue 'pieces;
            }
            if punctuation || possessive || function {
                let from = if function && !punctuation { k + 1 } else { k };
                pending.push(words[from].range.start..range.end);
                pending.push(range.start..words[k - 1].range.end);
                continue 'pieces;
            }
        }
        // No name runs this long: a run of capitals (a shouted paragraph) the model tagged whole.
        if words.len() <= MAX_NAME_WORDS {
            segment(sentence, all, words, range, model_kind, article, index, out);
        }
    }
}

/// The most tokens a name can have ("Organization for Security and Co-operation in Europe" has 8).
const MAX_NAME_WORDS: usize = 12;

/// One piece of a span, no longer split: roles, generic words and groups sorted out.
#[allow(clippy::too_many_arguments)]
fn segment(
    sentence: &str,
    all: &[Token<'_>],
    words: &[Token<'_>],
    range: std::ops::Range<usize>,
    model_kind: EntityKind,
    article: usize,
    index: usize,
    out: &mut Vec<Mention>,
) {
    let g = gazetteer();
    // A role without a name ("US Secretary of State"): only the known names in it count.
    let whole_known = g.get(&sentence[range.clone()]);
    if whole_known.is_none() && words.iter().any(|t| is_title_word(t.text)) {
        let role_only = words.iter().all(|t| !capitalised(t.text) || is_not_a_name(t.text) || g.get(t.text).is_some());
        if role_only {
            for t in words.iter().filter(|t| g.get(t.text).is_some() && !is_title_word(t.text)) {
                push(sentence, t.range.clone(), "", model_kind, article, index, out);
            }
            return;
        }
    }
    let mut start = 0;
    let mut role: Vec<&str> = Vec::new();
    let rest_known_after =
        |k: usize| k + 1 < words.len() && g.get(&sentence[words[k + 1].range.start..range.end]).is_some();
    if whole_known.is_none() {
        while start < words.len() {
            let w = words[start].text;
            let rest_known = g.get(&sentence[words[start].range.start..range.end]).is_some();
            if rest_known && start > 0 {
                break;
            }
            // A nationality word before a person's name is not part of it ("Russian Vladimir
            // Putin"); before the name of a thing it usually is ("British Red Cross").
            let demonym = is_demonym(w)
                && (model_kind == EntityKind::Person
                    || !words.get(start + 1).is_some_and(|t| capitalised(t.text))
                    || rest_known_after(start));
            if !capitalised(w) || is_function_word(w) || demonym {
                start += 1;
            } else if is_title_word(w) && (model_kind == EntityKind::Person || person_follows(w, &words[start + 1..])) {
                role.push(w);
                start += 1;
            } else {
                break;
            }
        }
    }
    // Trailing connectors, lowercase and function words are not part of a name, except a
    // person's last name that is also a word ("Theresa May", "Liu He"): in running text a
    // capital there is the name's.
    let person_tail =
        model_kind == EntityKind::Person && words.len() >= 2 && capitalised(words[words.len() - 1].text) && {
            let before = words[words.len() - 2].text;
            let calendar = in_class(&words[words.len() - 1].text.to_lowercase(), "cal");
            capitalised(before)
                && !is_function_word(before)
                && (!calendar || is_given_name_word(before))
                && !headline_cased(sentence)
        };
    let end = if person_tail {
        words.len()
    } else {
        words
            .iter()
            .rposition(|t| (capitalised(t.text) && !is_function_word(t.text)) || t.text.chars().any(char::is_numeric))
            .map_or(0, |p| p + 1)
    };
    if start >= end {
        return;
    }
    let words = &words[start..end];
    // Only generic words ("Party", "Authority", "Department Spokesperson"): no name.
    // A name built with a connector stays one ("Ministry of Economic Affairs").
    let generic = |t: &Token<'_>| (is_not_a_name(t.text) || is_org_word(t.text)) && capitalised(t.text);
    if words.iter().all(generic) && g.get(&sentence[words[0].range.start..words[words.len() - 1].range.end]).is_none() {
        return;
    }
    let mut range = words[0].range.start..words[words.len() - 1].range.end;
    // An organisation's possessive the model stopped at ("People" + "'s Party").
    if let Some(m) = ORG_POSSESSIVE.captures(&sentence[range.end..]) {
        if m.get(1).is_some_and(|last| is_org_word(last.as_str())) {
            range.end += m.get(0).map_or(0, |x| x.end());
        }
    }
    // A romanised given name in two syllables the model left out after a family name
    // ("Chan" + "Ka-wai", "Kim" + "Jae-sung"): such words are always part of the name.
    if model_kind == EntityKind::Person {
        if let Some(m) = HYPHENATED_GIVEN.find(&sentence[range.end..]) {
            range.end += m.end();
        }
    }
    // A group of people is no entity, whatever qualifies it ("Conservative MPs"), unless an
    // organisation's name ends in it ("Federation of Transport Workers").
    let group = |w: &str| in_class(&w.to_lowercase(), "grp");
    let name_words: Vec<&str> = sentence[range.clone()].split_whitespace().collect();
    if name_words.len() > 1
        && name_words.last().is_some_and(|w| group(w))
        && !name_words.iter().any(|w| is_org_word(w) || !capitalised(w))
    {
        return;
    }
    // Title words written right before a person's name are its role ("Deputy Foreign
    // Minister" Sergei Ryabkov), up to the first word that is not one.
    if role.is_empty() && model_kind == EntityKind::Person {
        let before = &all[..all.partition_point(|t| t.range.end <= range.start)];
        let mut k = before.len();
        while k > 0 && (is_title_word(before[k - 1].text) || (before[k - 1].text == "of" && k > 1)) {
            k -= 1;
        }
        while k < before.len() && !is_title_word(before[k].text) {
            k += 1;
        }
        role = before[k..].iter().map(|t| t.text).filter(|w| is_title_word(w)).collect();
    }
    // "The Hague": a capitalised article that belongs to a known name.
    let before = sentence[..range.start].trim_end();
    if before.ends_with("The") && g.get(&sentence[before.len() - 3..range.end]).is_some() {
        range.start = before.len() - 3;
    }
    // Title words in front of what the model called a thing make it a person's name
    // ("Deputy Secretary of State Wendy Sherman").
    let kind = if role.is_empty() { model_kind } else { EntityKind::Person };
    push(sentence, range, &role.join(" "), kind, article, index, out);
}

/// A following word of two hyphenated syllables, capitalised only at the start ("Ka-wai").
static HYPHENATED_GIVEN: LazyLock<Regex> = LazyLock::new(|| regex(r"^ \p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6}\b"));

/// A possessive then capitalised words, the last captured: "'s Party", "' Federation".
static ORG_POSSESSIVE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:'s|’s|'|’)(?:\s+\p{Lu}[\p{L}-]*){0,3}?\s+(\p{Lu}[\p{L}-]*)\b"));

static PERSON_TITLES: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    super::gazetteer::entries(include_str!("../lexicon/person_titles.txt")).map(str::to_lowercase).collect()
});

/// Whether the words after a title read as a person's name: a known given name then another
/// capitalised word ("… State Wendy Sherman"), or one to three capitalised words, none generic,
/// right after a person's title ("Ambassador Mohib").
fn person_follows(title: &str, words: &[Token<'_>]) -> bool {
    let rest: Vec<&Token<'_>> = words.iter().skip_while(|t| is_title_word(t.text) || !capitalised(t.text)).collect();
    let given = rest.first().is_some_and(|t| {
        let lower = t.text.to_lowercase();
        in_class(&lower, "given") || in_class(&lower, "cgiven")
    });
    let after_person_title = PERSON_TITLES.contains(&title.to_lowercase())
        && words.len() == rest.len()
        && (1..=3).contains(&rest.len())
        && rest.iter().all(|t| capitalised(t.text) && !is_org_word(t.text) && !is_not_a_name(t.text));
    (rest.len() >= 2 && given) || after_person_title
}

/// Adds one mention, with the gazetteer's canonical name and kind when it knows the name.
/// Adds the mentions a later pass found, keeping the story order (article, caption or not,
/// sentence, offset) that grouping and citations rely on.
pub(super) fn add_in_order(out: &mut Vec<Mention>, added: Vec<Mention>) {
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| (m.article, m.in_caption, m.sentence, m.range.start));
    }
}

pub(super) fn push(
    sentence: &str,
    range: std::ops::Range<usize>,
    role: &str,
    model_kind: EntityKind,
    article: usize,
    index: usize,
    out: &mut Vec<Mention>,
) {
    let text = sentence[range.clone()].to_string();
    // A one-word known place the model reads as a person keeps the person reading: the entity
    // table decides (a "Lena Lisbon" later called "Lisbon" is hers, else it is the city).
    let known = gazetteer().get(&text);
    let person_read = model_kind == EntityKind::Person && known.is_some_and(|k| k.kind == EntityKind::Place);
    let kind = if person_read && !text.contains(' ') { model_kind } else { known.map_or(model_kind, |k| k.kind) };
    out.push(Mention {
        article,
        sentence: index,
        in_caption: false,
        initial: range.start == 0,
        range,
        text,
        role: role.to_string(),
        kind: Some(kind),
        known: known.map(|k| k.name.clone()),
        matched: None,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{read_bytes, Ingested};

    /// (name or canonical name, role, kind) of each mention in one short article.
    fn names(text: &str) -> Vec<(String, String, Option<EntityKind>)> {
        let mut input = Ingested::default();
        read_bytes("t.txt", text.as_bytes(), &mut input);
        let articles: Vec<Article> = input.articles.iter().map(crate::clean::clean).collect();
        find_mentions(&articles, &super::super::scripts::foreign(&articles))
            .into_iter()
            .map(|m| (m.known.unwrap_or(m.text), m.role, m.kind))
            .collect()
    }

    #[test]
    fn titles_become_roles() {
        let n =
            names("Deputy Foreign Minister Sergei Ryabkov met Secretary of State Anthony Blinken in Geneva on Monday.");
        assert!(
            n.contains(&("Sergei Ryabkov".into(), "Deputy Foreign Minister".into(), Some(EntityKind::Person))),
            "{n:?}"
        );
        assert!(n.iter().any(|x| x.0 == "Anthony Blinken" && x.2 == Some(EntityKind::Person)), "{n:?}");
        assert!(n.iter().any(|x| x.0 == "Geneva" && x.2 == Some(EntityKind::Place)), "{n:?}");
        assert!(!n.iter().any(|x| x.0.contains("Monday")), "{n:?}");
    }

    #[test]
    fn group_nouns_and_calendar_words_are_not_names() {
        for word in ["Police", "Officials", "Supporters", "Sept", "Dutch", "GMT"] {
            assert!(is_not_a_name(word), "{word}");
        }
        assert!(!is_not_a_name("Jansen"));
    }

    #[test]
    fn known_names_are_canonical() {
        let n = names("The talks in Kiev were hosted by the Organization for Security and Cooperation in Europe, a spokesman said.");
        let known: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert!(known.contains(&"Kyiv") && known.contains(&"OSCE"), "{known:?}");
    }
}
