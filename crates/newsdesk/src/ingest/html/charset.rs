//! Bytes of a web page (or feed) → text, honouring the declared character encoding.
//!
//! Order of authority, as browsers do it: a byte-order mark, then the transport's label
//! (HTTP `Content-Type` from a WARC record or a fetch), then an in-document declaration
//! (`<meta charset>`, `<meta http-equiv content="…; charset=…">`, `<?xml encoding=…?>`) in
//! the first 4 KiB. Without any, valid UTF-8 is UTF-8 and anything else is read as
//! windows-1252 (the web's legacy default). A declared UTF-8 page with stray bytes is decoded
//! lossily (U+FFFD), never rejected. Labels follow the WHATWG Encoding Standard, so
//! `iso-8859-1` reads as windows-1252 as browsers read it.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use std::borrow::Cow;

/// How far into the document a charset declaration is looked for.
const PRESCAN_BYTES: usize = 4096;

/// Decodes `bytes`; `transport` is a charset label from outside the document, if any.
pub fn decode<'a>(bytes: &'a [u8], transport: Option<&str>) -> Cow<'a, str> {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return enc.decode_without_bom_handling(&bytes[bom..]).0;
    }
    let declared = transport.and_then(|l| Encoding::for_label(l.trim().as_bytes())).or_else(|| declared_in(bytes));
    match declared {
        // A page cannot really be UTF-16 without a BOM once it has ASCII markup: the
        // standard says such a declaration means UTF-8.
        Some(enc) if enc != UTF_8 && enc.is_ascii_compatible() => enc.decode_without_bom_handling(bytes).0,
        Some(_) => UTF_8.decode_without_bom_handling(bytes).0,
        None => match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) => WINDOWS_1252.decode_without_bom_handling(bytes).0,
        },
    }
}

/// The encoding the first [`PRESCAN_BYTES`] declare, if any.
fn declared_in(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(k) = memchr::memmem::find(&lower[from..], b"charset").map(|k| from + k) {
        from = k + 7;
        if let Some(enc) = label_after(&lower, from) {
            return Some(enc);
        }
    }
    // `<?xml version="1.0" encoding="iso-8859-2"?>`
    let decl = memchr::memmem::find(&lower, b"<?xml")?;
    let end = memchr::memchr(b'>', &lower[decl..]).map_or(lower.len(), |k| decl + k);
    let k = memchr::memmem::find(&lower[decl..end], b"encoding")? + decl + 8;
    label_after(&lower, k)
}

/// The label in `="utf-8"` / `=utf-8` starting at `i` (spaces and one quote allowed).
fn label_after(s: &[u8], mut i: usize) -> Option<&'static Encoding> {
    while s.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
        i += 1;
    }
    if s.get(i) != Some(&b'=') {
        return None;
    }
    i += 1;
    while s.get(i).is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'')) {
        i += 1;
    }
    let len = s[i.min(s.len())..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .count();
    Encoding::for_label(s.get(i..i + len)?)
}

/// The `charset` parameter of a `Content-Type` header value.
pub fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches(['"', '\'']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_legacy_encodings() {
        let page = b"<html><head><meta charset=\"iso-8859-2\"></head><body>\xb1</body>";
        assert!(decode(page, None).contains('ą'));
        let page =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>caf\xe9 \x93x\x94";
        assert!(decode(page, None).contains("café “x”"));
        // The transport's label wins over the document's.
        assert!(decode(b"<meta charset=utf-8>\xe9", Some("latin1")).ends_with('é'));
    }

    #[test]
    fn bom_undeclared_and_broken_utf8() {
        assert_eq!(decode(b"\xef\xbb\xbf<p>x", None), "<p>x");
        assert_eq!(decode(b"<p>Gr\xfc\xdfe", None), "<p>Grüße");
        let broken = decode(b"<meta charset=utf-8><p>ok \xff ok", None);
        assert!(broken.contains("ok \u{fffd} ok"));
        assert_eq!(charset_param("text/html; Charset=\"UTF-8\""), Some("UTF-8"));
    }
}
