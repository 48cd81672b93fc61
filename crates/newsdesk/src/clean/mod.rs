//! Clean: separate story text from everything a web page dump carries along.
//!
//! Input: a [`RawArticle`]. Output: an [`Article`] whose `sentences` are the story text and
//! whose `removed` lists every block (or tag) taken out, with its [`RemovalReason`].
//!
//! The text is judged block by block (one line of the dump), in this order:
//! 1. the headline and its repeated copies;
//! 2. boilerplate recognised by wording ([`patterns`]); a section marker such as "Latest news"
//!    opens a *teaser zone* where headlines and truncated leads are dropped until related
//!    story prose closes it;
//! 3. metadata: bylines, place and date lines (the date is kept when the input gave none);
//! 4. photo captions;
//! 5. short blocks (bullets, headline-shaped lines, truncated teasers) judged by their
//!    relatedness to the article ([`related`]): unrelated ones are dropped, related headings
//!    are subheadings or teasers, and related bulleted sentences (key points) stay.
//!
//! Invariant: every input block ends up either in `sentences` or in `removed`, never both,
//! never neither.

mod meta;
mod patterns;
mod related;

pub use patterns::{boilerplate, gate_words};

use crate::dates::dateline_date;
use crate::text::{normalize_space, split_sentences, word_count};
use newsdesk_model::{Article, RawArticle, RemovalReason, Removed, Sentence};
use related::Profile;

/// Blocks of at most this many words without sentence-final punctuation read as headings.
const MAX_HEADING_WORDS: usize = 25;
/// Lines after a list introduction up to this long are list items.
const LIST_ITEM_WORDS: usize = 40;
/// Headings up to this many words inside the story are subheadings whatever their words.
const MAX_SUBHEADING_WORDS: usize = 10;
/// Metadata lines (place lines, first-line bylines) are only looked for this near the top.
const HEADER_BLOCKS: usize = 8;

/// One line of the input, whitespace-normalised, with its bullet (if any) stripped.
struct Block {
    text: String,
    bullet: bool,
    /// Marked as a heading by markup ([`RawArticle::markup`]).
    marked_heading: bool,
    /// Quoted material (an embedded post's text): never judged as a heading or teaser.
    quote: bool,
    /// Word count of `text`, kept in step with it (asked for many times per block).
    words: usize,
    /// Lowercase `text`, set once the inline spans are cut: the pattern gates read it.
    lower: String,
}

impl Block {
    fn new(line: &str, markup: bool) -> Option<Self> {
        let mut text = normalize_space(line);
        let marked_heading = markup && text.starts_with('#') && {
            let rest = text.trim_start_matches('#');
            rest.starts_with(' ') && text.len() - rest.len() <= 6
        };
        if marked_heading {
            text = text.trim_start_matches('#').trim_start().to_string();
        }
        let stripped = text.trim_start_matches(['•', '·', '▪', '►', '■', '*', '–', '-']).trim_start();
        // "– Heading –" is a heading between dashes, not a bullet.
        let dashed_heading = text.ends_with(['–', '—', '-']) && text.starts_with(['–', '—', '-']);
        // "– I was on the bank, said Bea.": a line led by a dash is speech (a convention of
        // European papers), kept whole, dash included, for the quote finder.
        let dash_speech = text.starts_with(['–', '—'])
            && stripped.trim_end_matches(['”', '"', '’', '»']).ends_with(['.', '!', '?'])
            && word_count(stripped) >= 4;
        let bullet = stripped.len() < text.len()
            && !stripped.is_empty()
            && !text.starts_with("--")
            && !dashed_heading
            && !dash_speech;
        let text = if bullet { stripped.to_string() } else { text };
        let words = word_count(&text);
        (!text.is_empty()).then_some(Self { text, bullet, marked_heading, quote: false, words, lower: String::new() })
    }

    fn words(&self) -> usize {
        self.words
    }

    /// Ends like a sentence (or an introduction to a quote or list), closing quotes aside.
    fn ends_like_sentence(&self) -> bool {
        let t = self.text.trim_end_matches(|c: char| "\"”’')]»–—- 」』）".contains(c));
        // Other scripts' full stops too: CJK full-width marks, the Devanagari danda, the
        // Arabic question mark, the Greek question mark (U+037E).
        t.ends_with(['.', '!', '?', ':', ';', '…', '。', '！', '？', '：', '；', '．', '।', '؟', '\u{37e}'])
    }

    fn truncated(&self) -> bool {
        self.text.ends_with("...") || self.text.ends_with('…')
    }

    fn heading_shaped(&self) -> bool {
        !self.ends_like_sentence() && self.words() <= MAX_HEADING_WORDS
    }
}

/// Joins a line that stops mid-sentence with the next when that one starts in lowercase:
/// dumps break paragraphs at odd places ("… to meet professional" / "qualifications; …").
fn join_continuations(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for b in blocks {
        match out.last_mut() {
            Some(prev)
                if !prev.bullet
                    && !prev.ends_like_sentence()
                    && b.text.chars().next().is_some_and(char::is_lowercase) =>
            {
                prev.text.push(' ');
                prev.text.push_str(&b.text);
                prev.words += b.words;
            }
            _ => out.push(b),
        }
    }
    out
}

/// Cleans one article. Never fails: the worst case is an article with no sentences.
pub fn clean(raw: &RawArticle) -> Article {
    let blocks: Vec<Block> = raw.text.lines().filter_map(|l| Block::new(l, raw.markup)).collect();
    // Lines laid out from markup are the markup's blocks: none is a broken-off piece.
    let mut blocks = if raw.markup { blocks } else { join_continuations(blocks) };
    let mut verdict: Vec<Option<RemovalReason>> = vec![None; blocks.len()];
    // Spans cut from inside blocks (tweet tails, photo credits), reported before their block.
    let mut inline: Vec<Vec<Removed>> = Vec::with_capacity(blocks.len());
    for (block, v) in blocks.iter_mut().zip(verdict.iter_mut()) {
        block.lower = block.text.to_lowercase();
        // Nothing cut (most blocks): the text, its word count and lowercase form stand.
        let Some((text, spans)) = patterns::strip_inline_lower(&block.text, &block.lower) else {
            inline.push(Vec::new());
            continue;
        };
        if text.is_empty() {
            *v = spans.first().map(|s| s.1);
            inline.push(Vec::new());
            continue;
        }
        block.words = word_count(&text);
        block.lower = text.to_lowercase();
        block.text = text;
        // A tweet whose widget tail was cut is quoted speech, not a heading.
        block.quote = spans.iter().any(|s| s.1 == RemovalReason::SocialEmbed);
        inline.push(spans.into_iter().map(|(text, reason)| Removed { text, reason }).collect());
    }
    // Repeats of a block already seen; blocks emptied by the inline patterns take no part.
    let mut seen = rustc_hash::FxHashSet::default();
    for (block, v) in blocks.iter().zip(verdict.iter_mut()) {
        if v.is_none() && !seen.insert(block.text.as_str()) {
            *v = Some(RemovalReason::DuplicateParagraph);
        }
    }
    let mut article = Article {
        id: raw.id.clone(),
        title: raw.title.as_deref().map(normalize_space),
        date: raw.date,
        source: raw.source.clone(),
        url: raw.url.clone(),
        lang: raw.lang.clone(),
        byline: None,
        dateline: None,
        copy_of: None,
        sentences: Vec::new(),
        removed: Vec::new(),
    };

    mark_leading_urls(&blocks, &mut verdict, &mut article);
    find_title(&blocks, &mut article.title, &mut verdict);
    mark_by_wording(&blocks, &mut verdict, &mut article);
    mark_by_relatedness(&blocks, &mut verdict, article.title.as_deref(), raw.markup);

    let mut tag_checked = false;
    for ((block, reason), spans) in blocks.iter().zip(&verdict).zip(inline) {
        article.removed.extend(spans);
        if let Some(reason) = reason {
            article.removed.push(Removed { text: block.text.clone(), reason: *reason });
            continue;
        }
        let mut text = block.text.as_str();
        if !tag_checked {
            tag_checked = true;
            if let Some((tag, rest)) = meta::split_source_tag(text) {
                if let Some(place) = meta::tag_place(tag) {
                    article.dateline.get_or_insert(place);
                }
                article.removed.push(Removed { text: tag.to_string(), reason: RemovalReason::SourceTag });
                text = rest;
            }
        }
        let paragraph = article.sentences.last().map_or(0, |s| s.paragraph + 1);
        article.sentences.extend(split_sentences(text).into_iter().map(|text| Sentence { text, paragraph }));
    }
    article
}

/// Web addresses in front of the text (scraped pages often start with their own address) are
/// the source, not a headline: kept as the article's `url` when it has none.
fn mark_leading_urls(blocks: &[Block], verdict: &mut [Option<RemovalReason>], article: &mut Article) {
    for (block, v) in blocks.iter().zip(verdict.iter_mut()) {
        let Some(url) = meta::url_line(&block.text) else { break };
        article.url.get_or_insert(url);
        *v = Some(RemovalReason::SourceTag);
    }
}

/// Finds the headline (unless the input gave one) and marks every copy of it. Blocks already
/// marked at the start (a leading address) are skipped.
fn find_title(blocks: &[Block], title: &mut Option<String>, verdict: &mut [Option<RemovalReason>]) {
    let found_here = title.is_none();
    let skip = verdict.iter().take_while(|v| **v == Some(RemovalReason::SourceTag)).count();
    if found_here {
        if let [first, second, ..] = &blocks[skip..] {
            // "WorldUS and Russia …" followed by "US and Russia …": the clean copy is the title.
            if meta::is_title_copy(&first.text, &second.text) && first.text.len() > second.text.len() {
                *title = Some(second.text.clone());
            }
        }
        if title.is_none() {
            if let Some(first) = blocks.get(skip) {
                let metadata = dateline_date(&first.text).is_some()
                    || meta::dateline_place(&first.text).is_some()
                    || meta::byline(&first.text).is_some()
                    || boilerplate(&first.text).is_some();
                if blocks.len() > skip + 1 && !metadata && meta::reads_as_headline(&first.text) {
                    *title = Some(first.text.clone());
                }
            }
        }
    }
    let Some(t) = title.as_deref() else { return };
    let copies = meta::TitleCopies::new(t);
    // The block the title was taken from is the title; every other copy is a repeat.
    let mut source_found = !found_here;
    for (block, v) in blocks.iter().zip(verdict.iter_mut()) {
        if copies.is_copy(&block.text) {
            let is_source = !source_found && block.text == t;
            source_found |= is_source;
            *v = Some(if is_source { RemovalReason::Title } else { RemovalReason::RepeatedTitle });
        }
    }
}

/// Marks boilerplate, metadata and captions.
fn mark_by_wording(blocks: &[Block], verdict: &mut [Option<RemovalReason>], article: &mut Article) {
    for (i, block) in blocks.iter().enumerate() {
        if verdict[i].is_some() {
            continue;
        }
        let text = block.text.as_str();
        let reason = if let Some(reason) = patterns::boilerplate_counted(text, block.words, &block.lower) {
            Some(reason)
        } else if let Some(date) = dateline_date(text) {
            article.date.get_or_insert(date);
            Some(RemovalReason::Dateline)
        } else if let Some(name) = meta::byline(text) {
            article.byline.get_or_insert(name);
            Some(RemovalReason::Byline)
        } else if let Some(place) = meta::dateline_place(text).filter(|_| i < HEADER_BLOCKS) {
            article.dateline.get_or_insert(place);
            Some(RemovalReason::Dateline)
        } else if patterns::is_caption(text, block.words) && split_sentences(text).len() == 1 {
            Some(RemovalReason::Caption)
        } else {
            None
        };
        verdict[i] = reason;
    }
}

/// Judges short blocks by relatedness. After a section marker, headlines and truncated
/// teasers are dropped until story prose related to the article closes the teaser zone.
fn mark_by_relatedness(blocks: &[Block], verdict: &mut [Option<RemovalReason>], title: Option<&str>, markup: bool) {
    let is_prose = |b: &Block| !b.bullet && !b.truncated() && b.ends_like_sentence() && b.words() >= 8;
    let in_profile: Vec<bool> = blocks.iter().zip(verdict.iter()).map(|(b, v)| v.is_none() && is_prose(b)).collect();
    // Built on first use: most articles have no short block to judge, and the profile costs a
    // pass over every word of the article.
    let profile = std::cell::OnceCell::new();
    let related = |i: usize| {
        profile
            .get_or_init(|| {
                Profile::new(
                    blocks.iter().zip(&in_profile).filter(|(_, &p)| p).map(|(b, _)| b.text.as_str()).chain(title),
                )
            })
            .is_related(&blocks[i].text, in_profile[i])
    };

    let mut in_zone = false;
    // Short lines after "… were:" are the items of a list, not headings.
    let mut in_list = false;
    for (i, block) in blocks.iter().enumerate() {
        if verdict[i].is_some() {
            in_zone |= verdict[i] == Some(RemovalReason::SectionMarker);
            in_list = false;
            continue;
        }
        // A full sentence ends the list; links and handles are never its items.
        let full_sentence = block.words() >= 15 && block.text.ends_with(['.', '!', '?']);
        let link_like = block.text.contains('@') || block.text.contains("http") || block.text.contains("www.");
        in_list &= !full_sentence && !link_like && block.words() <= LIST_ITEM_WORDS;
        if block.quote || in_list {
            continue;
        }
        in_list = !in_zone && block.text.ends_with(':') && block.words() > 3;
        let short = block.words() <= 40;
        verdict[i] = if in_zone {
            let teaser = block.heading_shaped() || block.truncated();
            match (teaser, related(i)) {
                (_, false) => Some(RemovalReason::UnrelatedHeadline),
                (true, true) => Some(RemovalReason::Teaser),
                (false, true) => {
                    in_zone = false;
                    None
                }
            }
        } else if block.bullet {
            // Bulleted headlines are links to other stories; bulleted sentences are key points.
            match (related(i), block.heading_shaped()) {
                (false, _) => Some(RemovalReason::UnrelatedHeadline),
                (true, true) => Some(RemovalReason::Teaser),
                (true, false) => None,
            }
        } else if block.truncated() && short {
            (!related(i)).then_some(RemovalReason::Teaser)
        } else if markup {
            // Markup says which blocks are headings: one that shares the story's words is
            // part of its text; one that does not ("More on this", "Topics") is not.
            // A heading that opens a paragraph of prose is a subheading whatever its words.
            let opens_prose =
                blocks[i + 1..].iter().position(|b| !b.marked_heading).is_some_and(|k| in_profile[i + 1 + k]);
            (block.marked_heading && !opens_prose && !related(i)).then_some(RemovalReason::UnrelatedHeadline)
        } else if block.heading_shaped() && i > 0 {
            // Short headings inside the story rarely repeat its words; longer ones must.
            let subheading = block.words() <= MAX_SUBHEADING_WORDS || related(i);
            Some(if subheading { RemovalReason::Subheading } else { RemovalReason::UnrelatedHeadline })
        } else {
            None
        };
    }
}

#[cfg(test)]
mod tests;
