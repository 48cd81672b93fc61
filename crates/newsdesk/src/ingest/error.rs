//! What can go wrong reading an input, always tied to the input (and line) it concerns.

use newsdesk_model::Origin;

/// Longest line accepted in any input; longer lines are reported and skipped.
pub const MAX_LINE_BYTES: usize = 4 * 1024 * 1024;

/// A problem with one input (or one line of it).
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {kind}")]
pub struct InputError {
    /// The input, and the line when the problem is confined to one.
    pub origin: Origin,
    /// What went wrong.
    pub kind: InputErrorKind,
}

/// The kinds of input problems.
#[derive(Debug, thiserror::Error)]
pub enum InputErrorKind {
    /// The file or directory could not be opened or read.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// Bytes that are not UTF-8; the affected lines were skipped.
    #[error("invalid UTF-8 on {lines} line(s) (first at line {first}); those lines were skipped")]
    InvalidUtf8 {
        /// 1-based number of the first bad line.
        first: usize,
        /// How many lines were bad.
        lines: usize,
    },
    /// NUL bytes or mostly control characters: not a text article.
    #[error("binary data, not a text article; skipped")]
    Binary,
    /// Nothing but whitespace.
    #[error("empty: no article text; skipped")]
    Empty,
    /// A line over [`MAX_LINE_BYTES`].
    #[error("line {line} is {bytes} bytes, over the {max} byte limit; skipped", max = MAX_LINE_BYTES)]
    LineTooLong {
        /// 1-based line number.
        line: usize,
        /// Its length in bytes.
        bytes: usize,
    },
    /// A `.jsonl` line that is not a JSON object with the required fields.
    #[error("malformed JSON line: {0}; skipped")]
    MalformedJson(String),
    /// A FIFO, socket or device: never opened (reading one could block forever).
    #[error("not a regular file (a FIFO, socket or device); skipped")]
    NotRegularFile,
    /// A directory reached a second time through a symbolic link.
    #[error("a directory already read (a symbolic link loop or a second link to it); skipped")]
    DirectoryRepeat,
    /// A date outside the years news is written in; the article is kept without it.
    #[error("date {0:?} is out of range (years {min}–{max}); the article is kept with no date", min = crate::dates::MIN_YEAR, max = crate::dates::MAX_YEAR)]
    DateOutOfRange(String),
    /// A feed that could not be parsed (or has no items).
    #[error("not a readable feed: {0}; skipped")]
    BadFeed(String),
    /// One item of a feed could not be used.
    #[error("item {item}: {reason}; skipped")]
    BadItem {
        /// 1-based item number.
        item: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// A WARC record that could not be read.
    #[error("record {record}: {reason}")]
    BadRecord {
        /// 1-based record number.
        record: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// A web page in which no main text was found.
    #[error("no article text found in the page; skipped")]
    NoMainText,
    /// A date that could not be understood; the article is kept with no date.
    #[error("unknown date {0:?}; the article is kept with no date")]
    UnknownDate(String),
    /// A URL that could not be fetched.
    #[error("cannot fetch: {0}")]
    Fetch(#[from] super::fetch::FetchError),
    /// A URL whose server says nothing changed since the last fetch: nothing to read.
    #[error("not modified since the last fetch (HTTP 304); nothing new")]
    NotModified,
    /// An id already used by an earlier article; this one was renamed.
    #[error("duplicate article id {0:?}; renamed to {1:?}")]
    DuplicateId(String, String),
}

impl InputError {
    /// An error about a whole input.
    pub fn new(input: &str, kind: InputErrorKind) -> Self {
        Self::at(input, None, kind)
    }

    /// An error about one line of an input.
    pub fn at(input: &str, line: Option<usize>, kind: InputErrorKind) -> Self {
        Self { origin: Origin { input: input.to_string(), line }, kind }
    }

    /// Warnings leave the article in the run; errors mean something was not read.
    pub fn is_warning(&self) -> bool {
        matches!(
            self.kind,
            InputErrorKind::UnknownDate(_)
                | InputErrorKind::DateOutOfRange(_)
                | InputErrorKind::DuplicateId(..)
                | InputErrorKind::NotModified
        )
    }
}
