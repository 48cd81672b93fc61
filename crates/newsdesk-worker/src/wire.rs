//! What travels on the streams: JSON messages, one per source, per extracted source and per
//! committed step. [`RawArticle`] stays free of serde; [`WireArticle`] is its copy on the wire.

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
}
