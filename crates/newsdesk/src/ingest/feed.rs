//! RSS and Atom feeds (feed-rs): one article per item.
//!
//! Input: the feed's bytes (its XML prolog names the encoding). Output: per item, an article
//! with the item's title, link (→ `url`), date (published, else updated), and text: the full
//! content when the item has it, else the summary, HTML turned into paragraphs by the same
//! code that reads web pages. The feed's title is every item's `source`.
//! Ids: the item's `<guid>` / `<id>`, else its link, else `FILESTEM#N` (N from 1); repeats
//! are renamed by the usual `x#2` rule. An item without any text is reported and skipped;
//! a feed that cannot be parsed is reported as a whole.

use super::{html, Ingested, InputError, InputErrorKind};
use newsdesk_model::{Origin, RawArticle};
use std::collections::HashSet;

pub(super) fn read(name: &str, stem: &str, bytes: &[u8], out: &mut Ingested, seen: &mut HashSet<String>) {
    read_items(name, stem, bytes, out, seen, None);
}

/// An item with a link but no text, handed back to a caller that may fetch the link.
#[derive(Debug)]
pub(super) struct LinkedItem {
    /// The item's id (as its article would have).
    pub id: String,
    /// Its link.
    pub link: String,
    /// Its title and date, for a page that gives none.
    pub title: Option<String>,
    pub date: Option<chrono::NaiveDate>,
    /// The feed's title.
    pub source: Option<String>,
}

/// [`read`], handing items without text but with a link to `linked` when it is given
/// (instead of reporting them).
pub(super) fn read_items(
    name: &str,
    stem: &str,
    bytes: &[u8],
    out: &mut Ingested,
    seen: &mut HashSet<String>,
    mut linked: Option<&mut Vec<LinkedItem>>,
) {
    // Ids feed-rs would invent (hashes) are not the item's own: keep them empty.
    let parser = feed_rs::parser::Builder::new().id_generator(|_, _, _| String::new()).build();
    let feed = match parser.parse(bytes) {
        Ok(feed) => feed,
        Err(e) => return out.problems.push(InputError::new(name, InputErrorKind::BadFeed(e.to_string()))),
    };
    if feed.entries.is_empty() {
        return out.problems.push(InputError::new(name, InputErrorKind::BadFeed("the feed has no items".into())));
    }
    let source = feed.title.as_ref().map(plain).filter(|t| !t.is_empty());
    for (n, entry) in feed.entries.into_iter().enumerate() {
        let item = n + 1;
        let link = entry.links.first().map(|l| l.href.trim().to_string()).filter(|l| !l.is_empty());
        let id = Some(entry.id.trim().to_string())
            .filter(|i| !i.is_empty())
            .or_else(|| link.clone())
            .unwrap_or_else(|| format!("{stem}#{item}"));
        let content = entry.content.as_ref().and_then(|c| {
            let body = c.body.as_deref()?;
            Some(if c.content_type.essence().to_string().contains("html") || body.contains('<') {
                html::fragment_text(body)
            } else {
                body.to_string()
            })
        });
        let text = content
            .filter(|t| !t.trim().is_empty())
            .or_else(|| entry.summary.as_ref().map(paragraphs))
            .unwrap_or_default();
        let title = entry.title.as_ref().map(plain).filter(|t| !t.is_empty());
        let date = entry.published.or(entry.updated).map(|d| d.date_naive());
        if text.trim().is_empty() {
            if let (Some(list), Some(link)) = (linked.as_deref_mut(), &link) {
                list.push(LinkedItem { id, link: link.clone(), title, date, source: source.clone() });
                continue;
            }
            let problem = InputErrorKind::BadItem { item, reason: format!("{id:?} has no text") };
            out.problems.push(InputError::new(name, problem));
            continue;
        }
        let article = RawArticle {
            id,
            text,
            title,
            date,
            url: link,
            source: source.clone(),
            lang: None,
            markup: true,
            origin: Origin { input: name.to_string(), line: None },
        };
        out.push(article, seen);
    }
}

/// A feed text construct as paragraphs (HTML ones through the page reader).
fn paragraphs(t: &feed_rs::model::Text) -> String {
    if t.content_type.essence().to_string().contains("html") || t.content.contains('<') {
        html::fragment_text(&t.content)
    } else {
        t.content.clone()
    }
}

/// A feed text construct as one line.
fn plain(t: &feed_rs::model::Text) -> String {
    paragraphs(t).split_whitespace().collect::<Vec<_>>().join(" ")
}
