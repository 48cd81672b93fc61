//! Main text of a parsed page: which lines of the page are the story.
//!
//! Input: a [`Dom`]. Output: the story's lines in page order (one paragraph, heading, list
//! item or table cell each), whitespace-collapsed.
//!
//! 1. **Furniture** is dropped with its subtree: elements that are never prose (scripts,
//!    forms controls, `<nav>`, `<aside>`, `<footer>`, a `<header>` outside the article),
//!    hidden ones, and those whose class/id/role words say navigation, sharing, comments,
//!    ads, consent or related links (`hints.txt`). A hinted element that holds most of the
//!    page's text is kept: a layout class on the page's one big wrapper is not a verdict.
//! 2. The rest is laid out as **lines** (block elements start a new one), each knowing its
//!    share of link text and the block element that owns it.
//! 3. The **story container** is the element maximising
//!    `prose − LINK_PENALTY·links − SHORT_PENALTY·short` over the lines it holds, where prose
//!    lines are long with few links, link lines are mostly anchor text (menus, teaser lists)
//!    and short lines are the rest (headings, captions, widgets). Content class words
//!    (`+` in `hints.txt`) give their element a bonus. Ties go to the deeper element.
//! 4. The container's lines are output, with the lead before it (prose just above, and the
//!    line that starts like the page's summary, the standfirst, wherever above it stands),
//!    except link lines (lists of links are furniture even inside the article; a sentence
//!    that links a long clause is not one). The clean stage then judges the remaining blocks.

use super::dom::{Dom, Tag};
use std::sync::LazyLock;

/// A line of at least this many bytes with few links is prose.
const PROSE_BYTES: usize = 70;
/// Share of link text above which a line is a link line.
const LINK_LINE: f64 = 0.5;
/// A heading at least this long that ends like a sentence is laid out as a paragraph.
const PROSE_HEADING: usize = 120;
/// Share of link text up to which a long line that ends like a sentence is kept.
const LINKED_SENTENCE: f64 = 0.8;
/// Share of link text under which a long line counts as prose.
const PROSE_LINKS: f64 = 0.3;
/// Share of link text above which a heading's section is a list of links.
const SECTION_LINKS: f64 = 0.4;
/// Short lines (date, author) that may stand between the lead and the body's container.
const LEAD_GAP: usize = 3;
/// Cost of a byte of link lines inside a candidate container.
const LINK_PENALTY: f64 = 1.0;
/// Cost of a byte of short lines inside a candidate container.
const SHORT_PENALTY: f64 = 0.3;
/// Bonus (share of its prose) for an element whose class says it is the story body.
const CONTENT_BONUS: f64 = 0.15;
/// A hinted element holding more than this share of the page's text is kept.
const GUARD_SHARE: f64 = 0.5;
/// Characters of the page's summary a standfirst line must start with,
const STANDFIRST_CHARS: usize = 60;
/// and bytes of them at least (a shorter summary tells no line apart).
const STANDFIRST_MIN: usize = 40;
/// A furniture element longer than this is no standfirst, whatever it starts with.
const STANDFIRST_MAX_BYTES: usize = 1500;

struct Hints {
    whole: Vec<String>,
    exact: Vec<String>,
    within: Vec<String>,
    content: Vec<String>,
}

static HINTS: LazyLock<Hints> = LazyLock::new(|| {
    let mut h = Hints { whole: Vec::new(), exact: Vec::new(), within: Vec::new(), content: Vec::new() };
    for line in include_str!("hints.txt").lines() {
        let Some((kind, word)) = line.split_once(' ') else { continue };
        let list = match kind {
            "!" => &mut h.whole,
            "=" => &mut h.exact,
            "~" => &mut h.within,
            "+" => &mut h.content,
            _ => continue,
        };
        list.push(word.trim().to_string());
    }
    h
});

/// What the class words of an element say.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hint {
    None,
    Furniture,
    Content,
}

fn hint(hints: &str) -> Hint {
    if hints.is_empty() {
        return Hint::None;
    }
    let h = &*HINTS;
    let mut furniture = false;
    for class in hints.split_ascii_whitespace() {
        if h.content.iter().any(|w| class.contains(w.as_str())) {
            return Hint::Content;
        }
        furniture = furniture
            || h.whole.iter().any(|w| w == class)
            || h.within.iter().any(|w| class.contains(w.as_str()))
            || class.split(['-', '_', ':', '.']).any(|part| h.exact.iter().any(|w| w == part));
    }
    if furniture {
        Hint::Furniture
    } else {
        Hint::None
    }
}

/// One laid-out line of the page.
#[derive(Debug)]
pub struct Line {
    /// The block element the line belongs to.
    pub owner: u32,
    pub text: String,
    /// Bytes of the line inside `<a>` elements.
    pub link_bytes: usize,
    /// The owner is a heading.
    pub heading: bool,
}

impl Line {
    fn is_prose(&self) -> bool {
        self.text.len() >= PROSE_BYTES && self.link_share() < PROSE_LINKS && !self.heading
    }

    /// Mostly link text: a menu entry, a teaser headline. A sentence in the story that links
    /// a long clause is still prose.
    fn is_link_line(&self) -> bool {
        let share = self.link_share();
        let linked_sentence = share <= LINKED_SENTENCE
            && self.text.len() >= PROSE_BYTES
            && !self.heading
            && ends_like_sentence(&self.text);
        share > LINK_LINE && !linked_sentence
    }

    fn link_share(&self) -> f64 {
        self.link_bytes as f64 / self.text.len().max(1) as f64
    }
}

/// The starts of the page's summaries as its standfirst would begin (whitespace collapsed,
/// a closing ellipsis or stop cut); summaries too short to recognise a line by are left out.
fn standfirst_keys(descriptions: &[String]) -> Vec<String> {
    let mut keys = Vec::new();
    for d in descriptions {
        let d = d.split_whitespace().collect::<Vec<_>>().join(" ");
        let d = d.trim_end_matches(['…', '.', ' ']);
        let key: String = d.chars().take(STANDFIRST_CHARS).collect();
        if key.len() >= STANDFIRST_MIN && !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// Whether `text` starts like one of the page's summaries.
fn is_standfirst(text: &str, keys: &[String]) -> bool {
    keys.iter().any(|k| text.starts_with(k.as_str()))
}

/// Furniture and the lines left. The standfirst is often marked like a teaser
/// ("teaser-text"): when no line starts like one of the page's summaries (`keys`), a
/// furniture element that does is the standfirst after all.
fn read_lines(dom: &Dom, keys: &[String]) -> (Vec<bool>, Vec<Line>) {
    let junk = furniture(dom, None);
    let lines = layout(dom, &junk);
    if !keys.is_empty() && !lines.iter().any(|l| is_standfirst(&l.text, keys)) {
        if let Some(node) = standfirst_element(dom, &junk, keys) {
            let junk = furniture(dom, Some(node));
            let lines = layout(dom, &junk);
            return (junk, lines);
        }
    }
    (junk, lines)
}

/// The story's lines, in page order. `descriptions` are the page's summaries from its
/// metadata.
pub fn main_lines(dom: &Dom, descriptions: &[String]) -> Vec<Line> {
    let keys = standfirst_keys(descriptions);
    let (_, lines) = read_lines(dom, &keys);
    let Some(container) = container(dom, &lines) else {
        return lines.into_iter().filter(|l| l.link_share() <= LINK_LINE).collect();
    };
    let (lo, hi) = (container, dom.nodes[container as usize].last);
    // The lead often sits just before the body's container (in the article's header):
    // prose right before the container's first line belongs to the story.
    let first = lines.iter().position(|l| (lo..=hi).contains(&l.owner)).unwrap_or(0);
    // A few short lines (date, author) may stand between; links or a heading end the search.
    let mut lead = Vec::new();
    let mut skipped = 0;
    for (k, l) in lines[..first].iter().enumerate().rev() {
        // A photo's caption with its credit ("… © Agency") may stand there too.
        let credited = l.text.contains('©');
        if l.is_prose() && !credited {
            lead.push(k);
        } else if !l.heading
            && l.link_share() <= LINK_LINE
            && (l.text.len() < PROSE_BYTES || credited)
            && skipped < LEAD_GAP
        {
            skipped += 1;
        } else {
            break;
        }
    }
    // The standfirst may stand further up, past a date, a paywall note or share links.
    if let Some(at) = lines[..first].iter().rposition(|l| l.is_prose() && is_standfirst(&l.text, &keys)) {
        if !lead.contains(&at) {
            lead.push(at);
        }
    }
    let inside: Vec<Line> = lines
        .into_iter()
        .enumerate()
        .filter(|(k, l)| lead.contains(k) || (*k >= first && (lo..=hi).contains(&l.owner)))
        .map(|(_, l)| l)
        .collect();
    let mut kept: Vec<Line> = drop_link_sections(inside).into_iter().filter(|l| !l.is_link_line()).collect();
    // After the story's last paragraph come its tags, share prompts, sources and notes.
    if let Some(last) = kept.iter().rposition(Line::is_prose) {
        kept.truncate(last + 1);
    }
    kept
}

/// For tuning: the chosen container, the furniture dropped (element, hints, text bytes)
/// and each line with its owner, prose/link verdict and whether it is output.
#[doc(hidden)]
pub fn explain(dom: &Dom, descriptions: &[String]) -> String {
    use std::fmt::Write;
    let keys = standfirst_keys(descriptions);
    let (junk, lines) = read_lines(dom, &keys);
    let chosen = container(dom, &lines);
    let mut out = String::new();
    let _ = writeln!(out, "standfirst {keys:?}");
    for (i, n) in dom.nodes.iter().enumerate() {
        if junk[i] && !junk[n.parent as usize] {
            let _ = writeln!(out, "furniture {i} {:?} {:?} last={}", n.tag, n.hints, n.last);
        }
    }
    let range = chosen.map(|c| (c, dom.nodes[c as usize].last));
    let _ = writeln!(
        out,
        "container {chosen:?} {:?}",
        chosen.map(|c| (&dom.nodes[c as usize].hints, dom.nodes[c as usize].tag))
    );
    for l in &lines {
        let inside = range.is_some_and(|(a, b)| (a..=b).contains(&l.owner));
        let _ = writeln!(
            out,
            "{} {:>6} {:.2}{} {}",
            if inside { '+' } else { '-' },
            l.owner,
            l.link_share(),
            if l.heading { " H" } else { "" },
            l.text.chars().take(4000).collect::<String>()
        );
    }
    out
}

/// Drops each heading whose section (the lines up to the next heading) is mostly link
/// text, with its section: "More on this", "Most read" and their teaser lists.
fn drop_link_sections(lines: Vec<Line>) -> Vec<Line> {
    let mut keep = vec![true; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].heading {
            i += 1;
            continue;
        }
        let end = lines[i + 1..].iter().position(|l| l.heading).map_or(lines.len(), |k| i + 1 + k);
        let section = &lines[i + 1..end];
        let bytes: usize = section.iter().map(|l| l.text.len()).sum();
        let links: usize = section.iter().map(|l| l.link_bytes).sum();
        // A section that opens with prose is the story's, whatever links follow (a table
        // of contents, a link list the line filter drops anyway).
        let opens_with_prose = section.iter().take_while(|l| l.link_share() <= LINK_LINE).any(Line::is_prose);
        if bytes > 0 && links as f64 > SECTION_LINKS * bytes as f64 && !opens_with_prose {
            keep[i..end].iter_mut().for_each(|k| *k = false);
        }
        i = end;
    }
    lines.into_iter().zip(keep).filter_map(|(l, k)| k.then_some(l)).collect()
}

/// Every line of a fragment (scripts, styles and form controls aside), in order.
pub fn all_lines(dom: &Dom) -> Vec<Line> {
    let junk: Vec<bool> = dom
        .nodes
        .iter()
        .map(|n| {
            matches!(n.tag, Tag::Script | Tag::Style | Tag::Skip | Tag::Head | Tag::Title | Tag::Button | Tag::Select)
        })
        .collect();
    layout(dom, &junk)
}

/// The outermost furniture element (by class words) that starts like a summary, if it is
/// no longer than a standfirst.
fn standfirst_element(dom: &Dom, junk: &[bool], keys: &[String]) -> Option<u32> {
    let nodes = &dom.nodes;
    (1..nodes.len()).find_map(|i| {
        let n = &nodes[i];
        if !junk[i]
            || junk[n.parent as usize]
            || n.hidden
            || n.tag.is_structural_furniture()
            || hint(&n.hints) != Hint::Furniture
        {
            return None;
        }
        let mut text = String::new();
        for t in &nodes[i..=n.last as usize] {
            if t.tag == Tag::Text {
                for w in t.text.split_whitespace() {
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(w);
                }
                if text.len() > STANDFIRST_MAX_BYTES {
                    return None;
                }
            }
        }
        is_standfirst(&text, keys).then_some(i as u32)
    })
}

/// Which nodes are furniture (dropped with their subtree); `exempt` is never flagged itself.
fn furniture(dom: &Dom, exempt: Option<u32>) -> Vec<bool> {
    let nodes = &dom.nodes;
    let never_text = |t: Tag| {
        matches!(
            t,
            Tag::Script | Tag::Style | Tag::Skip | Tag::Head | Tag::Title | Tag::Button | Tag::Select | Tag::Option
        ) || matches!(t, Tag::Input | Tag::Dialog | Tag::Label)
    };
    // Per subtree: bytes of prose-sized text nodes outside links, and whether it holds the
    // story's core (`<main>` or a content-class element): both keep a hinted wrapper.
    let mut in_link = vec![false; nodes.len()];
    for i in 1..nodes.len() {
        let p = nodes[i].parent as usize;
        in_link[i] = in_link[p] || nodes[p].tag == Tag::A;
    }
    let mut prose = vec![0usize; nodes.len()];
    let mut core = vec![false; nodes.len()];
    for i in (1..nodes.len()).rev() {
        let n = &nodes[i];
        if never_text(n.tag) {
            continue;
        }
        if n.tag == Tag::Text && !in_link[i] && n.text.trim().len() >= PROSE_BYTES {
            prose[i] = n.text.trim().len();
        }
        core[i] |= n.tag == Tag::Main || hint(&n.hints) == Hint::Content;
        let p = n.parent as usize;
        prose[p] += prose[i];
        core[p] |= core[i];
    }
    let total = prose[0].max(1) as f64;
    let mut junk = vec![false; nodes.len()];
    let mut in_article = vec![false; nodes.len()];
    for i in 1..nodes.len() {
        let n = &nodes[i];
        let p = n.parent as usize;
        in_article[i] = in_article[p] || matches!(n.tag, Tag::Article | Tag::Main);
        if junk[p] || never_text(n.tag) {
            junk[i] = true;
            continue;
        }
        if matches!(n.tag, Tag::Html | Tag::Body | Tag::Text | Tag::Main) {
            continue;
        }
        let by_tag = n.tag.is_structural_furniture() || (n.tag == Tag::Header && !in_article[p]);
        let flagged = (by_tag || n.hidden || hint(&n.hints) == Hint::Furniture) && exempt != Some(i as u32);
        junk[i] = flagged && !core[i] && (prose[i] as f64) < GUARD_SHARE * total;
    }
    junk
}

/// Lays the page out as lines, skipping furniture.
fn layout(dom: &Dom, junk: &[bool]) -> Vec<Line> {
    let mut w = Writer { dom, junk, lines: Vec::new(), buf: String::new(), link_bytes: 0, owner: 0 };
    w.walk(0, false, 0);
    w.flush();
    w.lines
}

struct Writer<'a> {
    dom: &'a Dom,
    junk: &'a [bool],
    lines: Vec<Line>,
    buf: String,
    link_bytes: usize,
    owner: u32,
}

impl Writer<'_> {
    /// Appends the subtree of `node` (children are the nodes after it up to its `last`).
    fn walk(&mut self, node: u32, in_link: bool, block: u32) {
        let nodes = &self.dom.nodes;
        let n = &nodes[node as usize];
        let tag = n.tag;
        let is_block = tag.is_block() && node != 0;
        let block = if is_block { node } else { block };
        if is_block || tag == Tag::Br {
            self.flush();
        }
        if tag == Tag::Text {
            self.push_text(node, in_link, block);
            return;
        }
        let in_link = in_link || tag == Tag::A;
        let mut child = node + 1;
        let last = n.last;
        while child <= last {
            let c = &nodes[child as usize];
            if !self.junk[child as usize] {
                self.walk(child, in_link, block);
            }
            child = c.last + 1;
        }
        if is_block {
            self.flush();
        }
    }

    fn push_text(&mut self, node: u32, in_link: bool, block: u32) {
        let text = &self.dom.nodes[node as usize].text;
        if self.buf.is_empty() {
            self.owner = block;
        }
        let before = self.buf.len();
        if text.starts_with(char::is_whitespace) && !self.buf.is_empty() && !self.buf.ends_with(' ') {
            self.buf.push(' ');
        }
        for (k, word) in text.split_whitespace().enumerate() {
            if k > 0 {
                self.buf.push(' ');
            }
            self.buf.push_str(word);
        }
        if text.ends_with(char::is_whitespace) && !self.buf.is_empty() && !self.buf.ends_with(' ') {
            self.buf.push(' ');
        }
        if in_link {
            self.link_bytes += self.buf.len() - before;
        }
    }

    fn flush(&mut self) {
        let text = self.buf.trim();
        if !text.is_empty() {
            // A heading that runs to full sentences is a standfirst or a paragraph set large.
            let heading = matches!(self.dom.nodes[self.owner as usize].tag, Tag::H(_)) && !reads_as_prose(text);
            let link_bytes = self.link_bytes.min(text.len());
            self.lines.push(Line { owner: self.owner, text: text.to_string(), link_bytes, heading });
        }
        self.buf.clear();
        self.link_bytes = 0;
    }
}

/// Long text that ends like a sentence.
fn reads_as_prose(text: &str) -> bool {
    text.len() >= PROSE_HEADING && ends_like_sentence(text)
}

/// Ends with a stop, a question or exclamation mark, maybe inside a closing quote (not with
/// an ellipsis: teasers are cut with one).
fn ends_like_sentence(text: &str) -> bool {
    let end = text.trim_end_matches(['"', '\'', '”', '“', '»', '«', ')']);
    end.ends_with(['.', '!', '?']) && !end.ends_with("..")
}

/// The element holding the story, or `None` when the page has no prose at all.
fn container(dom: &Dom, lines: &[Line]) -> Option<u32> {
    let nodes = &dom.nodes;
    let mut prose = vec![0f64; nodes.len()];
    let mut cost = vec![0f64; nodes.len()];
    for l in lines {
        let bytes = l.text.len() as f64;
        let share = l.link_share();
        let o = l.owner as usize;
        if share > LINK_LINE {
            cost[o] += LINK_PENALTY * bytes;
        } else if l.text.len() >= PROSE_BYTES && share < PROSE_LINKS && !l.heading {
            prose[o] += bytes;
        } else {
            cost[o] += SHORT_PENALTY * bytes;
        }
    }
    for i in (1..nodes.len()).rev() {
        let p = nodes[i].parent as usize;
        prose[p] += prose[i];
        cost[p] += cost[i];
    }
    if prose[0] == 0.0 {
        return None;
    }
    let mut best = (f64::MIN, 0u32);
    for (i, n) in nodes.iter().enumerate() {
        if n.tag == Tag::Text || prose[i] == 0.0 {
            continue;
        }
        let bonus = if hint(&n.hints) == Hint::Content { CONTENT_BONUS * prose[i] } else { 0.0 };
        let score = prose[i] - cost[i] + bonus;
        if score >= best.0 {
            best = (score, i as u32);
        }
    }
    Some(best.1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::html::dom::parse;

    const PAGE: &str = r##"<html><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<main><article>
<h1>Ferry service resumes after the storm</h1>
<p>The ferry line between the two islands resumed service on Tuesday after three days of storms.</p>
<p>Operators said the first crossing carried 240 passengers and <a href="/x">a load of mail</a> for the islands.</p>
<ul class="related-links"><li><a href="/a">Storm closes harbour</a></li><li><a href="/b">Ferry fares rise</a></li></ul>
<div class="share-tools"><a href="#">Share on social media</a></div>
</article>
<section id="comments"><p>What a relief for everyone on the islands, finally a ferry again after so long!</p></section>
</main>
<footer><p>Copyright Island Herald. All rights reserved, including the right to reproduce.</p></footer>
</body></html>"##;

    #[test]
    fn keeps_the_story_drops_furniture() {
        let dom = parse(PAGE);
        let text: Vec<String> = main_lines(&dom, &[]).into_iter().map(|l| l.text).collect();
        assert_eq!(
            text,
            vec![
                "Ferry service resumes after the storm",
                "The ferry line between the two islands resumed service on Tuesday after three days of storms.",
                "Operators said the first crossing carried 240 passengers and a load of mail for the islands.",
            ]
        );
    }

    #[test]
    fn hints_read_class_words() {
        assert!(hint("site-nav ") == Hint::Furniture);
        assert!(hint("canvas ") == Hint::None);
        assert!(hint("articlecomments ") == Hint::Furniture);
        assert!(hint("article-body comments-enabled ") == Hint::Content);
    }
}
