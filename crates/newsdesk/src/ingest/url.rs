//! A URL source: fetched politely ([`super::fetch`]), then read as what it is. A page is one
//! article whose id is the URL as given (its `url` the page's canonical address, else where the
//! fetch ended); a feed gives one article per item, as a feed file does. A feed item without
//! any text but with a link is read from its linked page (fetched like any URL, at most
//! `max_feed_links` per feed, the item's title and date kept when the page gives none); an
//! item with text is never fetched. Anything else (JSON lines, text, a web archive) is read
//! by the usual format choice. Every problem names the URL it concerns.

use super::fetch::{Body, Fetched, Fetcher, Validators};
use super::format::{self, Format};
use super::html::{self, charset::charset_param};
use super::{feed, read_named, Ingested, InputError, InputErrorKind};
use std::collections::HashSet;

/// Reads the source at `url`, sending `known` validators for a conditional GET. Returns the
/// validators to remember for next time (none when the fetch failed or nothing changed).
pub fn read_url(
    url: &str,
    fetcher: &mut Fetcher,
    known: Option<&Validators>,
    out: &mut Ingested,
    seen: &mut HashSet<String>,
) -> Option<Validators> {
    let body = match fetcher.fetch(url, known) {
        Ok(Fetched::Body(body)) => body,
        Ok(Fetched::NotModified) => {
            out.problems.push(InputError::new(url, InputErrorKind::NotModified));
            return None;
        }
        Err(e) => {
            out.problems.push(InputError::new(url, InputErrorKind::Fetch(e)));
            return None;
        }
    };
    match format_of(&body) {
        Format::Html => read_page(url, url, &body, None, out, seen),
        Format::Feed => read_feed(url, &body, fetcher, out, seen),
        _ => read_named(url, &body.bytes, out, seen),
    }
    Some(body.validators).filter(|v| !v.is_empty())
}

/// The body's format: its content type when that says HTML or a feed (a feed's root element
/// wins over an HTML content type), else its address and bytes.
fn format_of(body: &Body) -> Format {
    let sniffed = format::sniff(&body.bytes);
    let kind = body.content_type.as_deref().unwrap_or_default().to_ascii_lowercase();
    if sniffed == Format::Feed || kind.contains("rss") || kind.contains("atom") {
        return Format::Feed;
    }
    if kind.contains("html") {
        return Format::Html;
    }
    let path = body.url.split(['?', '#']).next().unwrap_or_default();
    format::by_name(path).unwrap_or(sniffed)
}

/// One page as the article `id`; `item` fills a title and date the page lacks.
fn read_page(
    name: &str,
    id: &str,
    body: &Body,
    item: Option<&feed::LinkedItem>,
    out: &mut Ingested,
    seen: &mut HashSet<String>,
) {
    let charset = body.content_type.as_deref().and_then(charset_param);
    let mut page = html::extract(&body.bytes, charset);
    if let Some(item) = item {
        page.title = page.title.or_else(|| item.title.clone());
        page.date = page.date.or(item.date);
        page.site = page.site.or_else(|| item.source.clone());
    }
    html::push_page(name, id, page, Some(&body.url), out, seen);
}

fn read_feed(url: &str, body: &Body, fetcher: &mut Fetcher, out: &mut Ingested, seen: &mut HashSet<String>) {
    let mut linked = Vec::new();
    feed::read_items(url, url, &body.bytes, out, seen, Some(&mut linked));
    let limit = fetcher.options().max_feed_links;
    for (n, item) in linked.iter().enumerate() {
        if n >= limit {
            let reason = format!("{:?} has no text, and {limit} linked pages were fetched already", item.id);
            out.problems.push(InputError::new(url, InputErrorKind::BadItem { item: n + 1, reason }));
            continue;
        }
        match fetcher.fetch(&item.link, None) {
            Ok(Fetched::Body(page)) => read_page(&item.link, &item.id, &page, Some(item), out, seen),
            Ok(Fetched::NotModified) => out.problems.push(InputError::new(&item.link, InputErrorKind::NotModified)),
            Err(e) => out.problems.push(InputError::new(&item.link, InputErrorKind::Fetch(e))),
        }
    }
}
