//! Web archives (`.warc`, `.warc.gz`): one article per `response` record with an HTML payload.
//!
//! Input: the file's bytes, gzip (one or many members) or plain. Output: per HTML response,
//! the page read as [`super::html`] reads a file, with id and `url` = the record's
//! `WARC-Target-URI`; the charset comes from the HTTP `Content-Type`, else from the page.
//! HTTP chunked transfer coding and gzip/deflate content coding are undone. Other records
//! (requests, metadata, images, scripts) are passed over.
//!
//! A record with a missing or bad `Content-Length`, or one cut short, is reported with its
//! number; the records before it are kept, and reading resumes at the next `WARC/` header
//! when there is one. A gzip stream that breaks off keeps everything decoded before it.

use super::{html, Ingested, InputError, InputErrorKind};
use flate2::read::{MultiGzDecoder, ZlibDecoder};
use std::collections::HashSet;
use std::io::Read;

/// Decompressed archives (and decompressed payloads) are read up to this size.
const MAX_BYTES: u64 = 1 << 30;

pub(super) fn read(name: &str, bytes: &[u8], out: &mut Ingested, seen: &mut HashSet<String>) {
    let mut gzip_error = None;
    let data: std::borrow::Cow<[u8]> = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut data = Vec::new();
        if let Err(e) = MultiGzDecoder::new(bytes).take(MAX_BYTES).read_to_end(&mut data) {
            gzip_error = Some(e.to_string());
        }
        data.into()
    } else {
        bytes.into()
    };
    let mut records = Records { data: &data, pos: 0, number: 0 };
    let mut found = 0;
    let mut last_failed = false;
    loop {
        match records.next_record() {
            Ok(None) => break,
            Ok(Some(record)) => {
                found += 1;
                last_failed = false;
                if let Some((url, page)) = response_page(&record) {
                    html::push_page(name, &url, page, Some(&url), out, seen);
                }
            }
            Err(reason) => {
                last_failed = true;
                let problem = InputErrorKind::BadRecord { record: records.number, reason };
                out.problems.push(InputError::new(name, problem));
                if !records.resync() {
                    break;
                }
            }
        }
    }
    if let Some(e) = gzip_error {
        // The break is in the record that was cut short, or just after the last whole one.
        let record = if last_failed { records.number } else { records.number + 1 };
        let reason = format!("the gzip stream breaks off ({e}); the records before it were read");
        out.problems.push(InputError::new(name, InputErrorKind::BadRecord { record, reason }));
    } else if found == 0 && records.number == 0 {
        out.problems
            .push(InputError::new(name, InputErrorKind::BadRecord { record: 1, reason: "no WARC record".into() }));
    }
}

/// One WARC record: its headers (names lowercased) and its block.
struct Record<'a> {
    headers: Vec<(String, String)>,
    block: &'a [u8],
}

impl Record<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

struct Records<'a> {
    data: &'a [u8],
    pos: usize,
    /// Number of the record last started (1-based).
    number: usize,
}

impl<'a> Records<'a> {
    fn next_record(&mut self) -> Result<Option<Record<'a>>, String> {
        while self.data.get(self.pos).is_some_and(|b| b.is_ascii_whitespace()) {
            self.pos += 1;
        }
        if self.pos >= self.data.len() {
            return Ok(None);
        }
        self.number += 1;
        let rest = &self.data[self.pos..];
        if !rest.starts_with(b"WARC/") {
            return Err("does not start with a WARC/ version line".into());
        }
        let (head_len, body_start) = header_end(rest).ok_or("its header never ends")?;
        let head = String::from_utf8_lossy(&rest[..head_len]);
        let headers = parse_headers(head.lines().skip(1));
        let length = headers
            .iter()
            .find(|(k, _)| k == "content-length")
            .ok_or("no Content-Length")?
            .1
            .parse::<usize>()
            .map_err(|_| "a Content-Length that is not a number")?;
        let available = rest.len() - body_start;
        if length > available {
            self.pos = self.data.len();
            return Err(format!("cut short: Content-Length {length}, {available} bytes left"));
        }
        let block = &rest[body_start..body_start + length];
        self.pos += body_start + length;
        Ok(Some(Record { headers, block }))
    }

    /// Moves to the next `WARC/` header after the current position; false when none is left.
    fn resync(&mut self) -> bool {
        let from = (self.pos + 1).min(self.data.len());
        match memchr::memmem::find(&self.data[from..], b"\nWARC/") {
            Some(k) => {
                self.pos = from + k + 1;
                true
            }
            None => false,
        }
    }
}

/// (end of the header text, start of the block) for a header closed by a blank line.
fn header_end(bytes: &[u8]) -> Option<(usize, usize)> {
    let crlf = memchr::memmem::find(bytes, b"\r\n\r\n").map(|k| (k, k + 4));
    let lf = memchr::memmem::find(bytes, b"\n\n").map(|k| (k, k + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

fn parse_headers<'s>(lines: impl Iterator<Item = &'s str>) -> Vec<(String, String)> {
    lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect()
}

/// The target address and the page of an HTML `response` record.
fn response_page(record: &Record) -> Option<(String, html::Page)> {
    if !record.header("warc-type")?.eq_ignore_ascii_case("response") {
        return None;
    }
    let url = record.header("warc-target-uri")?.trim_matches(['<', '>']).to_string();
    let http = record.block;
    if !http.starts_with(b"HTTP/") {
        return None;
    }
    let (head_len, body_start) = header_end(http)?;
    let head = String::from_utf8_lossy(&http[..head_len]);
    let headers = parse_headers(head.lines().skip(1));
    let get = |name: &str| headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let content_type = get("content-type").unwrap_or("");
    let mut body = http[body_start..].to_vec();
    if get("transfer-encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked")) {
        body = dechunk(&body);
    }
    match get("content-encoding").map(str::to_ascii_lowercase).as_deref() {
        Some("gzip" | "x-gzip") => body = inflate(MultiGzDecoder::new(&body[..]))?,
        Some("deflate") => body = inflate(ZlibDecoder::new(&body[..]))?,
        _ => {}
    }
    let is_html =
        content_type.to_ascii_lowercase().contains("html") || (content_type.is_empty() && html::looks_like_html(&body));
    if !is_html {
        return None;
    }
    let page = html::extract(&body, html::charset::charset_param(content_type));
    Some((url, page))
}

fn inflate(mut reader: impl Read) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    (&mut reader).take(MAX_BYTES).read_to_end(&mut out).ok()?;
    Some(out)
}

/// Undoes HTTP chunked transfer coding; a broken chunk ends the body where it breaks.
fn dechunk(mut bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    while let Some(eol) = memchr::memchr(b'\n', bytes) {
        let size_text = String::from_utf8_lossy(&bytes[..eol]);
        let size_text = size_text.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_text, 16) else { break };
        let start = eol + 1;
        if size == 0 || start >= bytes.len() {
            break;
        }
        let end = start.saturating_add(size).min(bytes.len());
        out.extend_from_slice(&bytes[start..end]);
        bytes = &bytes[end..];
        let skip = bytes.iter().take(2).take_while(|b| matches!(b, b'\r' | b'\n')).count();
        bytes = &bytes[skip..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(uri: &str, http: &str) -> String {
        format!(
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
            http.len()
        )
    }

    const PAGE: &str = "<html><body><article><p>The harbour bridge reopened on Monday after a month of repairs to its deck.</p></article></body></html>";

    #[test]
    fn reads_html_responses_and_reports_cut_records() {
        let ok = record("https://a.example/one", &format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{PAGE}"));
        let css = record("https://a.example/s.css", "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\np{}");
        let cut = "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nHTTP/1.1 200";
        let data = format!("{ok}{css}{cut}");
        let mut out = Ingested::default();
        read("a.warc", data.as_bytes(), &mut out, &mut HashSet::new());
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.articles[0].id, "https://a.example/one");
        assert_eq!(out.problems.len(), 1);
        assert!(out.problems[0].to_string().contains("record 3"), "{}", out.problems[0]);
    }

    #[test]
    fn chunked_bodies_and_resync() {
        let chunked = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{PAGE}\r\n0\r\n\r\n", PAGE.len());
        let bad = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n";
        let data = format!("{bad}{}", record("https://b.example/", &chunked));
        let mut out = Ingested::default();
        read("b.warc", data.as_bytes(), &mut out, &mut HashSet::new());
        assert_eq!(out.articles.len(), 1, "{:?}", out.problems);
        assert!(out.articles[0].text.contains("harbour bridge"));
        assert!(out.problems[0].to_string().contains("record 1"));
    }
}
