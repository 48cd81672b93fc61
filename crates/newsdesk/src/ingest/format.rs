//! The one place an input's format is chosen: by its name's extension, then by its bytes.
//!
//! `.jsonl` is JSON lines, `.html`/`.htm` a page, `.xml`/`.rss`/`.atom` a feed, `.warc` and
//! `.warc.gz` a web archive. Anything else (`.txt`, no extension, stdin) is sniffed: a WARC
//! header, gzip, a feed root element, an HTML document, a JSON object, else plain text.

/// The input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text, one article.
    Txt,
    /// One JSON article a line.
    Jsonl,
    /// One web page.
    Html,
    /// RSS or Atom: one article per item.
    Feed,
    /// A web archive (plain or gzip): one article per HTML response.
    Warc,
}

/// Extensions of the files a directory walk reads.
pub const WALKED: &[&str] = &["txt", "jsonl", "html", "htm", "xml", "rss", "atom", "warc", "warc.gz"];

/// The format `name`'s extension names, if it names one besides `.txt`.
pub fn by_name(name: &str) -> Option<Format> {
    let lower = name.to_ascii_lowercase();
    let ext = |e: &str| lower.ends_with(e);
    if ext(".warc") || ext(".warc.gz") {
        Some(Format::Warc)
    } else if ext(".jsonl") {
        Some(Format::Jsonl)
    } else if ext(".html") || ext(".htm") {
        Some(Format::Html)
    } else if ext(".xml") || ext(".rss") || ext(".atom") {
        Some(Format::Feed)
    } else {
        None
    }
}

/// Whether a directory walk reads a file with this name.
pub fn walked(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    WALKED.iter().any(|e| lower.strip_suffix(e).is_some_and(|stem| stem.ends_with('.') && stem.len() > 1))
}

/// The format `bytes` look like; plain text when nothing else fits.
pub fn sniff(bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(1024)];
    if head.starts_with(b"WARC/") || head.starts_with(&[0x1f, 0x8b]) {
        return Format::Warc;
    }
    let text = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = text.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(text.len());
    let text = &text[start..];
    if text.starts_with(b"{") {
        return Format::Jsonl;
    }
    if looks_like_feed(text) {
        return Format::Feed;
    }
    if super::html::looks_like_html(bytes) {
        return Format::Html;
    }
    Format::Txt
}

/// The format of the input `name` holding `bytes`.
pub fn choose(name: &str, bytes: &[u8]) -> Format {
    by_name(name).unwrap_or_else(|| sniff(bytes))
}

fn looks_like_feed(text: &[u8]) -> bool {
    let lower = text.to_ascii_lowercase();
    let find = |pat: &str| memchr::memmem::find(&lower, pat.as_bytes());
    let root = ["<rss", "<feed", "<rdf:rdf"].iter().filter_map(|r| find(r)).min();
    let prolog = lower.starts_with(b"<?xml") || lower.starts_with(b"<!--");
    root.is_some_and(|k| (k == 0 || prolog) && find("<html").is_none_or(|h| h > k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_then_bytes() {
        assert_eq!(choose("a/b.HTM", b"hello"), Format::Html);
        assert_eq!(choose("a/b.warc.gz", b""), Format::Warc);
        assert_eq!(choose("x.txt", b"\xef\xbb\xbf <!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(choose("-", b"<?xml version='1.0'?>\n<rss version='2.0'>"), Format::Feed);
        assert_eq!(choose("-", b"  {\"id\":1}"), Format::Jsonl);
        assert_eq!(choose("note", b"WARC/1.1\r\n"), Format::Warc);
        assert_eq!(choose("note.txt", b" date 2031-01-02 <b>bold</b> claim"), Format::Txt);
        assert!(walked("a.warc.gz") && walked("b.Atom") && !walked("c.gz") && !walked(".txt"));
    }
}
