//! Article → [`Doc`]: the features the online clusterer compares, computed once per article
//! (in parallel across cores; nothing here depends on other articles).
//!
//! Features are hashed to `u32` ids (no shared vocabulary, so threads need no lock and memory
//! does not grow with the vocabulary): stemmed content words, the same stems again as *names*
//! when capitalised inside a sentence, and numbers ("2013", "6.1", "4,500" → "4500"). Headline
//! terms get a fixed boost on top of their body count. IDF is applied later, by the clusterer,
//! from the stream's own document frequencies.
//!
//! Two front ends: [`Doc::from_raw`] is the fast path (raw lines; blocks repeated inside the
//! article and short boilerplate blocks recognised by [`crate::clean::boilerplate`] skipped);
//! [`Doc::from_article`] reads an [`Article`] the full clean stage produced. The full
//! `clean()` runs at ~500 articles/s (sentence splitting, per-block relatedness), far from a
//! 20,000 articles/s stream, and clustering needs its features, not its sentence boundaries.

mod junk;
pub(crate) mod lead;
mod numbers;
mod stopwords;

use super::ClusterConfig;
use crate::dedup::minhash::mix64;
use crate::dedup::Signature;
use crate::text::{
    lang, phonetic, segment,
    terms::{is_stopword, stem_by_script},
};
use junk::{headline_shaped, is_junk_reason, is_notice, may_be_junk, notice_opening, STRONG_TRIGGERS, TRIGGERS};
use newsdesk_model::{Article, RawArticle};
use numbers::{figure, number_word};
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use std::cell::RefCell;
use std::hash::Hasher;
use stopwords::other_stopwords;

/// Stem cache entries per thread before it is cleared (bounds memory on endless streams).
const STEM_CACHE_MAX: usize = 200_000;
/// Text bytes handed to language identification.
const LANG_PREFIX: usize = 600;
/// The stem cache key of a lowercase word.
fn word_key(lower: &str) -> u64 {
    lower.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, c| (h ^ u64::from(c)).wrapping_mul(0x100_0000_01b3))
}

/// The stem cache key of an ASCII word ([`word_key`] of its lowercase form).
fn ascii_key(word: &[u8]) -> u64 {
    word.iter()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, c| (h ^ u64::from(c.to_ascii_lowercase())).wrapping_mul(0x100_0000_01b3))
}

/// One token of a text being scanned: its span, its context and, for a plain ASCII word, its
/// stem cache key and what the cache held.
struct Tok {
    start: usize,
    end: usize,
    sentence_start: bool,
    digits: bool,
    ascii: bool,
    key: Option<u64>,
    cached: Option<(u32, u32)>,
    /// The power of ten of a CJK unit written after the figure ("12亿": 8), else 0.
    power: u8,
}

/// Marks a stopword in the stem cache.
const STOP: u32 = u32::MAX;

/// A thread's working memory, kept from one article to the next: no allocation per token.
#[derive(Default)]
struct Scratch {
    /// Hash of a lowercase word → (word feature id, name feature id); `STOP` for stopwords.
    /// Keyed by a 64-bit hash, not the string: no string is built or compared on a hit.
    stems: FxHashMap<u64, (u32, u32)>,
    /// Hash of a word of a caseless script → its cross-script keys (whole, without a
    /// clitic; 0: none): transliterating every word of such a text costs more than the rest.
    xcache: FxHashMap<u64, [u32; 2]>,
    hits: Vec<(u32, Kind, f32, bool)>,
    words: Vec<u32>,
    lower: String,
    lang_text: String,
    /// Hashes of the lines already read.
    lines: FxHashSet<u64>,
    toks: Vec<Tok>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// What the clusterer needs of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Doc {
    /// `(feature id, base weight)`, sorted by id, ids unique. Base weight = (body term
    /// frequency, sublinear) + headline boost, times the feature kind's weight.
    pub terms: Vec<(u32, f32)>,
    /// MinHash of the content words, when the article is long enough.
    pub signature: Option<Signature>,
    /// Language code (given, else detected).
    pub lang: Option<String>,
    /// Publication day (days since 1 January of year 1), when known.
    pub day: Option<i32>,
    /// Blocks dropped as boilerplate (widgets, notices, prompts).
    pub junk_blocks: u32,
    /// Words in the blocks dropped as boilerplate, and in the blocks kept (the headline not
    /// counted).
    pub junk_words: u32,
    /// See `junk_words`.
    pub content_words: u32,
    /// The headline itself is a site notice ("Page not found", "Subscribe to continue"):
    /// the page is an error, consent or paywall page, not an article, whatever else it holds.
    pub notice_headline: bool,
    /// Language-independent evidence, sorted and unique: the cross-script keys of its names
    /// ([`crate::text::phonetic::name_key`]) and its number features. Stories told in
    /// different languages are linked by these ([`super::languages`]).
    pub xkeys: Vec<u32>,
    /// Title and first words ([`lead::lead`]), what the multilingual sentence model reads.
    pub lead: Box<str>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Word,
    Name,
    Number,
}

/// Bits of a feature id that hold its [`Kind`], so later stages can tell names apart.
const KIND_BITS: u32 = 0b11;

/// Whether a feature id (from [`Doc::terms`]) is a name (a capitalised word inside a sentence).
pub fn is_name(id: u32) -> bool {
    id & KIND_BITS == Kind::Name as u32
}

/// The [`Kind`] a feature id carries in its low bits.
fn kind_of(id: u32) -> Kind {
    match id & KIND_BITS {
        0 => Kind::Word,
        1 => Kind::Name,
        _ => Kind::Number,
    }
}

fn feature_id(kind: Kind, text: &str) -> u32 {
    let mut h = FxHasher::default();
    h.write_u8(kind as u8);
    h.write(text.as_bytes());
    ((mix64(h.finish()) >> 32) as u32 & !KIND_BITS) | kind as u32
}

struct Builder<'c> {
    cfg: &'c ClusterConfig,
    /// `(id, kind, body weight, from the headline)` per token.
    hits: Vec<(u32, Kind, f32, bool)>,
    /// Content word ids in order, for the MinHash shingles.
    words: Vec<u32>,
    lower: String,
    /// This thread's stem cache, taken for the article and given back on drop.
    stems: FxHashMap<u64, (u32, u32)>,
    xcache: FxHashMap<u64, [u32; 2]>,
    /// Hashes of the lines already read (given back on drop too, like the buffers).
    lines: FxHashSet<u64>,
    /// The tokens of the text being scanned.
    toks: Vec<Tok>,
    tokens: usize,
    lead: usize,
    /// The line being scanned has a word that boilerplate blocks use.
    trigger: bool,
    /// ... and one that only boilerplate uses.
    strong: bool,
    words_seen: usize,
    stopwords: usize,
    lang_text: String,
    junk_blocks: u32,
    junk_words: u32,
    content_words: u32,
    notice_headline: bool,
    xkeys: Vec<u32>,
}

impl<'c> Builder<'c> {
    fn new(cfg: &'c ClusterConfig) -> Self {
        let s = SCRATCH.take();
        Self {
            cfg,
            hits: s.hits,
            words: s.words,
            lower: s.lower,
            stems: s.stems,
            xcache: s.xcache,
            lines: s.lines,
            toks: s.toks,
            tokens: 0,
            lead: 0,
            trigger: false,
            strong: false,
            words_seen: 0,
            stopwords: 0,
            lang_text: s.lang_text,
            junk_blocks: 0,
            junk_words: 0,
            content_words: 0,
            notice_headline: false,
            xkeys: Vec::new(),
        }
    }

    fn full(&self) -> bool {
        self.tokens >= self.cfg.max_tokens
    }

    /// Tokenises `text`: runs of letters/digits, with `.` and `,` kept between digits. Bytes
    /// are walked directly; only non-ASCII characters are decoded.
    fn scan(&mut self, text: &str, title: bool) {
        if self.lang_text.len() < LANG_PREFIX {
            self.lang_text.push_str(text);
            self.lang_text.push('\n');
        }
        let b = text.as_bytes();
        let decode = |i: usize| text[i..].chars().next().unwrap_or(' ');
        let (mut i, mut sentence_start) = (0, true);
        while i < b.len() {
            if b[i] < 0x80 {
                if !b[i].is_ascii_alphanumeric() {
                    sentence_start |= matches!(b[i], b'.' | b'!' | b'?' | b':' | b';' | b'"' | b'`');
                    i += 1;
                    continue;
                }
            } else {
                let c = decode(i);
                if !c.is_alphanumeric() {
                    sentence_start |= c == '“';
                    i += c.len_utf8();
                    continue;
                }
            }
            let start = i;
            let (mut digits, mut ascii, mut unspaced) = (false, true, false);
            while i < b.len() {
                let c = b[i];
                if c.is_ascii_alphanumeric() {
                    if c.is_ascii_digit() && !ascii && phonetic::is_cjk(decode(start)) {
                        break;
                    }
                    digits |= c.is_ascii_digit();
                    i += 1;
                } else if c < 0x80 {
                    let separator = digits && matches!(c, b'.' | b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
                    if !separator {
                        break;
                    }
                    i += 1;
                } else {
                    let c = decode(i);
                    // Scripts without spaces write figures against words ("41人"): split there.
                    if !c.is_alphanumeric() || (digits && phonetic::is_cjk(c)) {
                        break;
                    }
                    ascii = false;
                    unspaced |= segment::unspaced(c);
                    i += c.len_utf8();
                }
            }
            if unspaced {
                self.push_unspaced(text, start, i, sentence_start, digits);
                sentence_start = false;
                if self.tokens + self.toks.len() >= self.cfg.max_tokens {
                    break;
                }
                continue;
            }
            let key = (ascii && !digits && i - start >= 2).then(|| ascii_key(&b[start..i]));
            let power = if digits { text[i..].chars().next().map_or(0, segment::unit_power) } else { 0 };
            self.toks.push(Tok { start, end: i, sentence_start, digits, ascii, key, cached: None, power });
            sentence_start = false;
            if self.tokens + self.toks.len() >= self.cfg.max_tokens {
                break;
            }
        }
        // The text's cache lookups together first: independent, their cache misses overlap
        // (interleaved with tokenising, each one stalled the scan).
        let mut toks = std::mem::take(&mut self.toks);
        for t in &mut toks {
            t.cached = t.key.and_then(|k| self.stems.get(&k).copied());
        }
        for t in &toks {
            self.token(&text[t.start..t.end], t, title);
        }
        toks.clear();
        self.toks = toks;
    }

    /// The words of a run of text written without spaces ([`segment::words`]) as tokens.
    fn push_unspaced(&mut self, text: &str, start: usize, end: usize, sentence_start: bool, digits: bool) {
        let mut spans = Vec::new();
        segment::words(&text[start..end], &mut spans);
        for (k, &(s, e)) in spans.iter().enumerate() {
            let digits = digits && text[start + s..start + e].bytes().any(|b| b.is_ascii_digit());
            let sentence_start = sentence_start && k == 0;
            self.toks.push(Tok {
                start: start + s,
                end: start + e,
                sentence_start,
                digits,
                ascii: false,
                key: None,
                cached: None,
                power: 0,
            });
        }
    }

    fn token(&mut self, token: &str, t: &Tok, title: bool) {
        let (sentence_start, digits, ascii) = (t.sentence_start, t.digits, t.ascii);
        // The lead (first content tokens of the body) states the event: it counts more.
        let w = if title {
            0.0
        } else if self.lead < self.cfg.lead_tokens {
            self.lead += 1;
            self.cfg.lead_boost
        } else {
            1.0
        };
        self.tokens += 1;
        if digits {
            if token.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
                if let Some(number) = figure(token, t.power) {
                    self.hits.push((feature_id(Kind::Number, &number), Kind::Number, w, title));
                }
            } else {
                // "A320", "3rd", "10am": kept verbatim as a word.
                self.lower.clear();
                self.lower.extend(token.chars().flat_map(char::to_lowercase));
                let id = feature_id(Kind::Word, &self.lower);
                self.hits.push((id, Kind::Word, w, title));
            }
            return;
        }
        let first_upper = token.chars().next().is_some_and(char::is_uppercase);
        let key = if ascii {
            match t.key {
                Some(key) => key,
                None => return,
            }
        } else {
            if token.chars().nth(1).is_none() {
                return;
            }
            self.lower.clear();
            self.lower.extend(token.chars().flat_map(char::to_lowercase));
            let key = word_key(&self.lower);
            if token.chars().next().is_some_and(phonetic::caseless_letter) {
                // No case to tell names by: every word is a candidate, rare keys weigh.
                if self.xcache.len() >= STEM_CACHE_MAX {
                    self.xcache.clear();
                }
                let keys = *self.xcache.entry(key).or_insert_with(|| {
                    let whole = phonetic::name_key(token);
                    [whole.unwrap_or(0), phonetic::without_clitic(token).and_then(phonetic::name_key).unwrap_or(0)]
                });
                self.xkeys.extend(keys.into_iter().filter(|&k| k != 0));
            }
            key
        };
        self.trigger |= TRIGGERS.contains(&key);
        self.strong |= self.trigger && STRONG_TRIGGERS.contains(&key);
        let (word, name) = match t.cached.or_else(|| self.stems.get(&key).copied()) {
            Some(ids) => ids,
            None => {
                self.lower.clear();
                self.lower.extend(token.chars().flat_map(char::to_lowercase));
                if self.stems.len() >= STEM_CACHE_MAX {
                    self.stems.clear();
                }
                let ids = if is_stopword(&self.lower) {
                    (STOP, STOP)
                } else if let Some((kind, figure)) = number_word(&self.lower) {
                    let id = feature_id(kind, figure);
                    (id, id)
                } else {
                    let stemmed = stem_by_script(&self.lower);
                    (feature_id(Kind::Word, &stemmed), feature_id(Kind::Name, &stemmed))
                };
                self.stems.insert(key, ids);
                ids
            }
        };
        if self.words_seen < lang::ENGLISH_WORDS {
            self.words_seen += 1;
            self.stopwords += usize::from(word == STOP);
        }
        if word == STOP {
            return;
        }
        self.hits.push((word, kind_of(word), w, title));
        self.words.push(word);
        if !sentence_start && first_upper && name != word {
            self.hits.push((name, Kind::Name, w, title));
            self.xkeys.extend(phonetic::name_key(token));
        }
    }

    fn finish(mut self, lang: Option<&str>, day: Option<i32>) -> Doc {
        let cfg = self.cfg;
        self.hits.sort_unstable_by_key(|h| h.0);
        let mut terms: Vec<(u32, f32)> = Vec::with_capacity(self.hits.len() / 2);
        let mut i = 0;
        while i < self.hits.len() {
            let id = self.hits[i].0;
            let (mut body, mut in_title) = (0.0f32, false);
            while i < self.hits.len() && self.hits[i].0 == id {
                body += self.hits[i].2;
                in_title |= self.hits[i].3;
                i += 1;
            }
            let tf = if body > 0.0 { 1.0 + body.ln().max(0.0) } else { 0.0 };
            let w = tf + if in_title { cfg.title_boost } else { 0.0 };
            if w > 0.0 {
                terms.push((id, w));
            }
        }
        // Names and numbers weigh more than words by their kind's weight, in full only in an
        // article of `kind_full_features` features or more: in a short item (a headline and a
        // line) one shared figure or name would otherwise outweigh all of its words.
        let fill = match cfg.kind_full_features {
            0 => 1.0,
            full => (terms.len() as f32 / full as f32).min(1.0),
        };
        for (id, w) in &mut terms {
            *w *= match kind_of(*id) {
                Kind::Word => 1.0,
                Kind::Name => 1.0 + (cfg.entity_weight - 1.0) * fill,
                Kind::Number => 1.0 + (cfg.number_weight - 1.0) * fill,
            };
        }
        let lang = lang.and_then(lang::normalize).or_else(|| match self.words_seen {
            0..lang::ENGLISH_MIN_WORDS => None,
            n if lang::english_by_stopwords(n, self.stopwords) => Some("en".to_string()),
            _ => lang::detect(&self.lang_text),
        });
        let mut xkeys = std::mem::take(&mut self.xkeys);
        // The English stopwords were dropped while reading; another language's go now.
        if let Some(stops) = lang.as_deref().filter(|l| *l != "en").and_then(other_stopwords) {
            terms.retain(|t| !stops.features.contains(&t.0));
            xkeys.retain(|k| !stops.keys.contains(k));
        }
        terms.retain(|t| t.1 > 0.0);
        xkeys.extend(terms.iter().filter(|t| kind_of(t.0) == Kind::Number).map(|t| t.0));
        xkeys.sort_unstable();
        xkeys.dedup();
        Doc {
            terms,
            xkeys,
            signature: Signature::from_terms(&self.words),
            lang,
            day,
            junk_blocks: self.junk_blocks,
            junk_words: self.junk_words,
            content_words: self.content_words,
            notice_headline: self.notice_headline,
            lead: Box::default(),
        }
    }
}

impl Drop for Builder<'_> {
    fn drop(&mut self) {
        let mut s = Scratch {
            stems: std::mem::take(&mut self.stems),
            xcache: std::mem::take(&mut self.xcache),
            hits: std::mem::take(&mut self.hits),
            words: std::mem::take(&mut self.words),
            lower: std::mem::take(&mut self.lower),
            lang_text: std::mem::take(&mut self.lang_text),
            lines: std::mem::take(&mut self.lines),
            toks: std::mem::take(&mut self.toks),
        };
        s.hits.clear();
        s.words.clear();
        s.lang_text.clear();
        if s.lines.capacity() > 1 << 12 {
            // Clearing costs the capacity: one long article must not slow every later one.
            s.lines = FxHashSet::default();
        }
        s.lines.clear();
        SCRATCH.set(s);
    }
}

/// Fewer features than this place nothing, however clean.
const MIN_CONTENT_FEATURES: usize = 2;

/// Words (whitespace-separated) of a text.
fn word_count(text: &str) -> u32 {
    text.split_whitespace().count() as u32
}

fn day_of(date: Option<chrono::NaiveDate>) -> Option<i32> {
    use chrono::Datelike;
    date.map(|d| d.num_days_from_ce())
}

impl Doc {
    /// Features of a raw article (the fast path).
    pub fn from_raw(raw: &RawArticle, cfg: &ClusterConfig) -> Doc {
        let mut b = Builder::new(cfg);
        let mut lines = raw.text.lines().map(str::trim).filter(|l| !l.is_empty()).peekable();
        let title = raw.title.as_deref().map(str::trim).filter(|t| !t.is_empty());
        let title = title.or_else(|| lines.next_if(|l| headline_shaped(l)));
        if let Some(t) = title {
            b.notice_headline = is_notice(t);
            b.scan(t, true);
        }
        for line in lines {
            if b.full() {
                break;
            }
            let mut h = FxHasher::default();
            h.write(line.as_bytes());
            if !b.lines.insert(h.finish()) {
                continue;
            }
            let mark = (b.hits.len(), b.words.len(), b.lead, b.tokens);
            (b.trigger, b.strong) = (false, false);
            b.scan(line, false);
            let words = (b.tokens - mark.3) as u32;
            // Only lines with a boilerplate word pay for the patterns.
            let junk = || {
                (may_be_junk(line) && crate::clean::boilerplate(line).is_some()) || (b.strong && notice_opening(line))
            };
            if b.trigger && junk() {
                b.hits.truncate(mark.0);
                b.words.truncate(mark.1);
                (b.lead, b.tokens) = (mark.2, mark.3);
                b.junk_blocks += 1;
                b.junk_words += words;
            } else {
                b.content_words += words;
            }
        }
        let body = raw.text.lines().map(str::trim).filter(|l| !l.is_empty() && Some(*l) != title);
        let lead = if cfg.keeps_leads() { lead::lead(title, body) } else { Box::default() };
        Doc { lead, ..b.finish(raw.lang.as_deref(), day_of(raw.date)) }
    }

    /// Features of an article cleaned by the full clean stage.
    pub fn from_article(article: &Article, cfg: &ClusterConfig) -> Doc {
        let mut b = Builder::new(cfg);
        let junk = article.removed.iter().filter(|r| is_junk_reason(r.reason));
        (b.junk_blocks, b.junk_words) = junk.fold((0, 0), |(n, w), r| (n + 1, w + word_count(&r.text)));
        b.content_words = article.sentences.iter().map(|s| word_count(&s.text)).sum();
        if let Some(t) = &article.title {
            b.notice_headline = is_notice(t);
            b.scan(t, true);
        }
        for s in &article.sentences {
            if b.full() {
                break;
            }
            b.scan(&s.text, false);
        }
        let lead = match cfg.keeps_leads() {
            true => lead::lead(article.title.as_deref(), article.sentences.iter().map(|s| s.text.as_str())),
            false => Box::default(),
        };
        Doc { lead, ..b.finish(article.lang.as_deref(), day_of(article.date)) }
    }

    /// Why the article has no story, when it has too little content to place: next to nothing
    /// at all, or the residue of a page of boilerplate (a tweet widget, a cookie notice, an
    /// error page, an archive banner): under `min_features` features besides some boilerplate,
    /// or a page with at least as many words of boilerplate as of the rest, and the rest a
    /// couple of lines (under three times `min_features` features). A short item that is all
    /// content (a headline, a feed item), or a short story under a share bar, is placed.
    pub fn no_content(&self, cfg: &ClusterConfig) -> Option<String> {
        if self.notice_headline {
            return Some("the page is a site notice (error, consent or paywall page), not an article".into());
        }
        let n = self.terms.len();
        let residue = self.junk_blocks > 0
            && (n < cfg.min_features || (self.junk_words >= self.content_words && n < 3 * cfg.min_features));
        if n >= MIN_CONTENT_FEATURES && !residue {
            return None;
        }
        Some(match self.junk_blocks {
            0 => format!("too little content: {n} content words"),
            b => format!("too little content: {n} content words besides {b} boilerplate blocks"),
        })
    }

    /// Number of features.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether the article has no features at all.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}
