//! Web pages: bytes of HTML → one [`RawArticle`] with the page's main text and metadata.
//!
//! Input: the page's bytes (any encoding; see [`charset`]) and, from a WARC record or a
//! fetch, the transport's charset label. Output: a [`Page`]: the story's paragraphs (title
//! excluded) and the headline, date, author, outlet and canonical URL the page gives. As an
//! article, the paragraphs are joined with blank lines so the clean stage sees one block per
//! paragraph, and the clean stage then judges them as it judges any dump.
//!
//! Pipeline: [`charset::decode`] → [`dom::parse`] (a forgiving arena parser) →
//! [`meta::read`] and [`extract::main_lines`] (furniture removal, story container choice).
//! Invariant: never panics and never fails; a page without prose gives no paragraphs.

pub mod charset;
mod dom;
mod extract;
mod fallback;
mod meta;
mod tag;

use super::{Ingested, InputError, InputErrorKind};
use newsdesk_model::{Origin, RawArticle};
use std::collections::HashSet;

pub use meta::host;

/// What a page holds.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Page {
    /// The headline.
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<chrono::NaiveDate>,
    /// Author (byline) as the page's metadata gives it.
    pub author: Option<String>,
    /// Outlet: the site name, else the canonical address's host.
    pub site: Option<String>,
    /// Canonical address.
    pub url: Option<String>,
    /// The story's blocks (paragraphs, headings, list items, table cells), title excluded.
    pub paragraphs: Vec<Paragraph>,
}

/// One block of a page's text.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Paragraph {
    /// The text, whitespace collapsed.
    pub text: String,
    /// A heading (`<h1>`–`<h6>`).
    pub heading: bool,
}

impl Page {
    /// The blocks separated by blank lines, headings marked `## ` ([`RawArticle::markup`]).
    pub fn text(&self) -> String {
        markup_text(self.paragraphs.iter().map(|p| (p.text.as_str(), p.heading)))
    }

    /// The blocks' plain text, one a line.
    pub fn plain_text(&self) -> String {
        self.paragraphs.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n")
    }
}

/// Blocks as [`RawArticle::markup`] text: blank lines between blocks, headings marked `## `.
fn markup_text<'a>(blocks: impl Iterator<Item = (&'a str, bool)>) -> String {
    let mut out = String::new();
    for (text, heading) in blocks {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        if heading {
            out.push_str("## ");
        }
        out.push_str(text);
    }
    out
}

/// Extracts a page from its bytes; `charset` is a label from outside the page, if any.
pub fn extract(bytes: &[u8], charset: Option<&str>) -> Page {
    extract_str(&charset::decode(bytes, charset))
}

/// Pages where our extractor finds fewer characters than this get a second opinion.
const FALLBACK_CHARS: usize = 1000;
/// The second opinion is taken when it finds this many times more text,
const FALLBACK_RATIO: f64 = 1.5;
/// and at least this much (Readability's own "probably readable" length): a menu is no story.
const FALLBACK_MIN_CHARS: usize = 140;

/// Extracts a page from decoded markup.
pub fn extract_str(html: &str) -> Page {
    let (page, too_deep) = own_reading(html);
    let Page { title, date, author, site, url, mut paragraphs } = page;
    // Little text found: the page may be laid out in a way our container choice misses
    // (product pages, tickers, builder layouts). A Readability reading that finds much
    // more is taken instead.
    let ours = chars(&paragraphs);
    if ours < FALLBACK_CHARS && !too_deep && html.len() <= fallback::MAX_BYTES {
        if let Some(mut theirs) = fallback::readability(html) {
            let found = chars(&theirs);
            if found >= FALLBACK_MIN_CHARS && found as f64 > FALLBACK_RATIO * ours as f64 {
                let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
                let t = title.as_deref().map(norm);
                theirs.retain(|p| t.as_deref() != Some(norm(&p.text).as_str()));
                paragraphs = theirs;
            }
        }
    }
    Page { title, date, author, site, url, paragraphs }
}

/// Our own reading of a page, without the second opinion (for fuzzing the parser at speed),
/// and whether the page was nested deeper than the parser keeps.
#[doc(hidden)]
pub fn own_reading(html: &str) -> (Page, bool) {
    let dom = dom::parse(html);
    let meta = meta::read(&dom);
    let mut lines = extract::main_lines(&dom, &meta.descriptions);
    let title = take_title(&mut lines, &meta);
    let paragraphs = lines.into_iter().map(|l| Paragraph { text: l.text, heading: l.heading }).collect();
    let page = Page { title, date: meta.date, author: meta.author, site: meta.site, url: meta.url, paragraphs };
    (page, dom.too_deep)
}

fn chars(paragraphs: &[Paragraph]) -> usize {
    paragraphs.iter().map(|p| p.text.chars().count()).sum()
}

/// For tuning: how the extractor read a page (see `newsdesk bench html --explain`).
#[doc(hidden)]
pub fn explain(bytes: &[u8]) -> String {
    let dom = dom::parse(&charset::decode(bytes, None));
    extract::explain(&dom, &meta::read(&dom).descriptions)
}

/// Text of an HTML fragment (a feed item's content) as [`RawArticle::markup`] text: every
/// line of it, no furniture removal beyond scripts and styles.
pub fn fragment_text(html: &str) -> String {
    let dom = dom::parse(html);
    markup_text(extract::all_lines(&dom).iter().map(|l| (l.text.as_str(), l.heading)))
}

/// The headline: the page's heading that its metadata title names (removed from the
/// lines), else the metadata title, else `<title>` without its site-name part.
fn take_title(lines: &mut Vec<extract::Line>, meta: &meta::Meta) -> Option<String> {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let named: Vec<String> = [&meta.title, &meta.page_title].into_iter().flatten().map(|t| norm(t)).collect();
    let found = lines.iter().position(|l| {
        let t = norm(&l.text);
        l.heading && t.len() >= 8 && named.iter().any(|n| n == &t || n.starts_with(&t) || n.ends_with(&t))
    });
    if let Some(i) = found {
        return Some(lines.remove(i).text);
    }
    meta.title.clone().or_else(|| {
        let page = meta.page_title.as_deref()?;
        let mut parts = vec![page];
        for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
        }
        parts.into_iter().max_by_key(|p| p.len()).map(|p| p.trim().to_string())
    })
}

/// Whether `bytes` start like an HTML document (after a BOM, whitespace and comments).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(2048)];
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let head = head[start..].to_ascii_lowercase();
    if !head.starts_with(b"<") {
        return false;
    }
    head.starts_with(b"<!doctype html")
        || ["<html", "<head", "<body", "<meta ", "<title"]
            .iter()
            .any(|t| memchr::memmem::find(&head, t.as_bytes()).is_some())
}

/// Reads one page as an article with id `id`.
pub(super) fn read(name: &str, id: &str, bytes: &[u8], out: &mut Ingested, seen: &mut HashSet<String>) {
    let page = extract(bytes, None);
    push_page(name, id, page, None, out, seen);
}

/// Adds `page` as an article, or reports it as empty. `url` is the page's known address.
pub(super) fn push_page(
    name: &str,
    id: &str,
    page: Page,
    url: Option<&str>,
    out: &mut Ingested,
    seen: &mut HashSet<String>,
) {
    if page.paragraphs.is_empty() {
        out.problems.push(InputError::new(name, InputErrorKind::NoMainText));
        return;
    }
    let text = page.text();
    let url = page.url.or_else(|| url.map(str::to_string));
    let source = page.site.or_else(|| url.as_deref().and_then(host));
    let article = RawArticle {
        id: id.to_string(),
        text,
        title: page.title,
        date: page.date,
        url,
        source,
        lang: None,
        markup: true,
        origin: Origin { input: name.to_string(), line: None },
    };
    out.push(article, seen);
}

#[cfg(test)]
mod tests;
