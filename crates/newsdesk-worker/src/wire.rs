//! What travels on the streams: one message per source, per extracted source and per
//! committed step. [`RawArticle`] stays free of serde; [`WireArticle`] is its copy on the wire.
//!
//! Messages are JSON, except a source's bytes: a page as a JSON string costs the worker an
//! unescaping pass and the server three to five times the bytes, so [`Source::encode`] frames
//! a [`Source::Bytes`] as [`FRAME`], the length of a small JSON header (name, line, codec), the
//! header, then the bytes themselves, LZ4-compressed when that saves. [`Source::decode`] reads
//! both the frame and the JSON form earlier publishers wrote (a JSON text never starts with
//! a NUL byte).

use chrono::NaiveDate;
use newsdesk_model::{Origin, RawArticle};
use serde::{Deserialize, Serialize};

/// One unit of work on the sources stream: a file's bytes (a whole page, feed or WARC, or one
/// line of a `.jsonl` file), a URL to fetch, or the end of a publishing run.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Source {
    /// Bytes read by the publisher. `name` chooses the format as on the command line.
    Bytes {
        /// The path the bytes came from.
        name: String,
        /// The 1-based line of a `.jsonl` file this is, when it is one line.
        line: Option<usize>,
        /// The bytes, as text (pages in other encodings go as their bytes' lossless base form).
        body: Body,
    },
    /// An `http(s)://` page or feed the extraction worker fetches.
    Url {
        /// The URL.
        url: String,
    },
    /// The end of a publishing run: the clusterer writes what it holds (a step shorter than
    /// the step size), as `newsdesk ingest` writes its last step at the end of its input.
    End,
}

/// Bytes on the wire: UTF-8 text as is, anything else as a list of byte values.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum Body {
    /// Valid UTF-8.
    Text(String),
    /// Other bytes (a page in windows-1252, a gzip WARC).
    Bytes(Vec<u8>),
}

impl Body {
    /// The body of `bytes`.
    pub fn of(bytes: Vec<u8>) -> Self {
        match String::from_utf8(bytes) {
            Ok(text) => Body::Text(text),
            Err(e) => Body::Bytes(e.into_bytes()),
        }
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Body::Text(t) => t.as_bytes(),
            Body::Bytes(b) => b,
        }
    }
}

/// The first bytes of a framed source message.
pub const FRAME: &[u8; 4] = b"\0nd1";
/// Bodies shorter than this go uncompressed (LZ4 saves nothing worth its header there).
const COMPRESS_FROM: usize = 512;
/// The largest body a frame may announce (a damaged size must not allocate gigabytes).
const MAX_BODY: usize = 1 << 30;

/// A source message that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum WireError {
    /// The JSON form, or a frame's header, is not a source.
    #[error("not a source: {0}")]
    Json(#[from] serde_json::Error),
    /// A frame is cut short or its body does not decompress.
    #[error("damaged source frame: {0}")]
    Frame(String),
}

/// How a framed body is stored.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Codec {
    /// As is.
    None,
    /// An LZ4 block after its decompressed size (4 bytes, little-endian).
    Lz4,
}

/// The header of a framed [`Source::Bytes`].
#[derive(Serialize, Deserialize)]
struct FrameHeader {
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    codec: Codec,
}

impl Source {
    /// The message for this source: a frame for bytes, JSON for the rest.
    pub fn encode(&self) -> Result<Vec<u8>, serde_json::Error> {
        let Source::Bytes { name, line, body } = self else { return serde_json::to_vec(self) };
        let bytes = body.as_bytes();
        let compressed = (bytes.len() >= COMPRESS_FROM)
            .then(|| lz4_flex::block::compress_prepend_size(bytes))
            .filter(|c| c.len() < bytes.len());
        let codec = if compressed.is_some() { Codec::Lz4 } else { Codec::None };
        let header = serde_json::to_vec(&FrameHeader { name: name.clone(), line: *line, codec })?;
        let body = compressed.as_deref().unwrap_or(bytes);
        let header_len = u32::try_from(header.len()).map_err(serde::ser::Error::custom)?;
        let mut out = Vec::with_capacity(FRAME.len() + 4 + header.len() + body.len());
        out.extend_from_slice(FRAME);
        out.extend_from_slice(&header_len.to_le_bytes());
        out.extend_from_slice(&header);
        out.extend_from_slice(body);
        Ok(out)
    }

    /// The source in a message: a frame, or the JSON form.
    pub fn decode(payload: &[u8]) -> Result<Self, WireError> {
        let Some(rest) = payload.strip_prefix(FRAME) else { return Ok(serde_json::from_slice(payload)?) };
        let cut = || WireError::Frame("cut short".into());
        let (len, rest) = rest.split_first_chunk::<4>().ok_or_else(cut)?;
        let len = usize::try_from(u32::from_le_bytes(*len)).map_err(|_| cut())?;
        let (header, body) = rest.split_at_checked(len).ok_or_else(cut)?;
        let header: FrameHeader = serde_json::from_slice(header)?;
        let body = match header.codec {
            Codec::None => body.to_vec(),
            Codec::Lz4 => {
                let (size, block) = body.split_first_chunk::<4>().ok_or_else(cut)?;
                let size = usize::try_from(u32::from_le_bytes(*size)).map_err(|_| cut())?;
                if size > MAX_BODY {
                    return Err(WireError::Frame(format!("announces {size} bytes")));
                }
                lz4_flex::block::decompress(block, size).map_err(|e| WireError::Frame(e.to_string()))?
            }
        };
        Ok(Source::Bytes { name: header.name, line: header.line, body: Body::of(body) })
    }
}

/// An extraction worker's result for one source message, published to every partition of
/// the extracted stream (empty for the partitions none of its articles belong to), so each
/// clusterer sees every sequence number and can tell a gap from a source without articles.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Extracted {
    /// The source message's sequence number in the sources stream.
    pub seq: u64,
    /// The articles read from it (of this partition), in input order.
    pub articles: Vec<WireArticle>,
    /// Problems met reading it, as text (`input:line: what`).
    pub problems: Vec<String>,
    /// The source was [`Source::End`].
    pub end: bool,
}

/// A [`RawArticle`] on the wire.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct WireArticle {
    /// Id.
    pub id: String,
    /// Text as read.
    pub text: String,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Outlet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Language given by the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Laid out from markup.
    #[serde(default)]
    pub markup: bool,
    /// Input it was read from.
    pub input: String,
    /// Line of the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

impl From<RawArticle> for WireArticle {
    fn from(a: RawArticle) -> Self {
        Self {
            id: a.id,
            text: a.text,
            title: a.title,
            date: a.date,
            url: a.url,
            source: a.source,
            lang: a.lang,
            markup: a.markup,
            input: a.origin.input,
            line: a.origin.line,
        }
    }
}

impl From<WireArticle> for RawArticle {
    fn from(a: WireArticle) -> Self {
        Self {
            id: a.id,
            text: a.text,
            title: a.title,
            date: a.date,
            url: a.url,
            source: a.source,
            lang: a.lang,
            markup: a.markup,
            origin: Origin { input: a.input, line: a.line },
        }
    }
}

/// A committed clustering step, for servers (drop cached views of these stories) and alert
/// consumers. Published after the commit with a message id made of the partition and
/// position, so a step announced twice (a clusterer restarted between its commit and its
/// acknowledgements) is one event.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct StoryEvent {
    /// The clusterer's partition.
    pub partition: String,
    /// Its stream position after the step ([`crate::Position`] packed).
    pub position: u64,
    /// Articles the step added.
    pub new: usize,
    /// Stories whose members changed (created, grown, moved, merged away).
    pub stories: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_and_articles_round_trip() {
        let page = Source::Bytes { name: "p.html".into(), line: None, body: Body::of(vec![0x93, b'h', b'i']) };
        let line = Source::Bytes { name: "a.jsonl".into(), line: Some(3), body: Body::of(b"{\"id\":1}".to_vec()) };
        for s in [page, line, Source::Url { url: "https://valmorapost.example/".into() }, Source::End] {
            let json = serde_json::to_vec(&s).unwrap();
            assert_eq!(serde_json::from_slice::<Source>(&json).unwrap(), s);
        }
        let mut raw = RawArticle::new("a1", "Dockworkers walked out.", "a.jsonl");
        raw.origin.line = Some(3);
        raw.date = NaiveDate::from_ymd_opt(2031, 5, 2);
        let back: RawArticle = WireArticle::from(raw.clone()).into();
        assert_eq!(back, raw);
    }

    #[test]
    fn sources_are_framed_and_the_json_form_still_reads() {
        let page = "<html><body><p>Dockworkers in Valmora walked out over pay.</p></body></html>".repeat(40);
        let sources = [
            Source::Bytes { name: "p.html".into(), line: None, body: Body::of(page.clone().into_bytes()) },
            Source::Bytes { name: "w.html".into(), line: None, body: Body::of(vec![0x93, b'h', b'i']) },
            Source::Bytes { name: "a.jsonl".into(), line: Some(7), body: Body::of(b"{\"id\":1}".to_vec()) },
            Source::Url { url: "https://valmorapost.example/".into() },
            Source::End,
        ];
        for s in &sources {
            let framed = s.encode().unwrap();
            assert_eq!(&Source::decode(&framed).unwrap(), s);
            // What publishers before the frame wrote.
            assert_eq!(&Source::decode(&serde_json::to_vec(s).unwrap()).unwrap(), s);
        }
        let framed = sources[0].encode().unwrap();
        assert!(framed.starts_with(FRAME) && framed.len() < page.len() / 4, "{} bytes", framed.len());
        // Damaged frames are errors, not panics.
        for cut in [4, 7, 20, framed.len() - 1] {
            assert!(Source::decode(&framed[..cut]).is_err(), "cut at {cut}");
        }
        let mut huge = framed.clone();
        let at = 8 + u32::from_le_bytes(framed[4..8].try_into().unwrap()) as usize;
        huge[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(Source::decode(&huge).is_err());
    }
}
