/*!
The data model every newsdesk stage speaks.

Stages never reach into each other's internals: `ingest` produces [`RawArticle`]s, `clean`
turns each into an [`Article`] (sentences plus the list of what was [`Removed`]), grouping
produces [`Story`]s, and `analyze`/`brief` produce a [`Brief`] whose every statement carries
[`Citation`]s back to article sentences.

This crate does no IO and has no opinion about formats beyond `serde` derives for the types
that cross an output boundary.
*/
#![deny(missing_docs)]

mod brief;

pub use brief::{Brief, Divergence, Entity, EntityKind, Figure, Quote, Side, Statement, TimelineItem, VariantMerge};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where an input came from: a file path (or `-`) and, for line-based formats, a 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The path as given on the command line (or found under a directory), `-` for stdin.
    pub input: String,
    /// 1-based line number inside a `.jsonl` input.
    pub line: Option<usize>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.input, line),
            None => f.write_str(&self.input),
        }
    }
}

/// An article as read from input, before any cleaning.
#[derive(Clone, Debug, PartialEq)]
pub struct RawArticle {
    /// Unique id: the file name without `.txt`, or the `id` field of a JSON line.
    pub id: String,
    /// The body text exactly as read (the ` date` prefix of a `.txt` first line removed).
    pub text: String,
    /// A title given by the input format (JSON `title`); `.txt` titles are found by `clean`.
    pub title: Option<String>,
    /// Publication date given by the input format.
    pub date: Option<NaiveDate>,
    /// Canonical URL, when known.
    pub url: Option<String>,
    /// Outlet name, when known.
    pub source: Option<String>,
    /// Language code given by the input, when known.
    pub lang: Option<String>,
    /// The text was laid out from markup (a web page, a feed item's HTML): each line is one
    /// block the markup delimits (paragraph, list item, cell), and a line starting with `#`s
    /// and a space is a heading, as in Markdown. `clean` then trusts these blocks instead of
    /// guessing headings and broken lines from their shape.
    pub markup: bool,
    /// Where the article was read from.
    pub origin: Origin,
}

impl RawArticle {
    /// An article with only an id and text, read from `input` (no title, date or source).
    pub fn new(id: impl Into<String>, text: impl Into<String>, input: &str) -> Self {
        Self {
            id: id.into(),
            text: text.into(),
            title: None,
            date: None,
            url: None,
            source: None,
            lang: None,
            markup: false,
            origin: Origin { input: input.to_string(), line: None },
        }
    }
}

/// One sentence of cleaned article text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence text, whitespace-normalised.
    pub text: String,
    /// 0-based index of the paragraph the sentence came from.
    pub paragraph: usize,
}

/// Why a piece of text was taken out of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RemovalReason {
    /// The headline: kept as [`Article::title`].
    Title,
    /// A copy of the headline repeated in the body.
    RepeatedTitle,
    /// "By X" / "Written by X": kept as [`Article::byline`].
    Byline,
    /// A place or date line ("WASHINGTON", "10 Jan, 2022 | 4:06 pm"): kept as metadata.
    Dateline,
    /// An outlet tag in front of the text ("(News 1st);"), or the page's own web address.
    SourceTag,
    /// A photo caption or credit.
    Caption,
    /// A heading inside the article body.
    Subheading,
    /// "Leave a comment", "Please enter your name here".
    CommentPrompt,
    /// Share, follow, subscribe, newsletter prompts.
    SharePrompt,
    /// Advertising, sponsorship and contact notices.
    Advertising,
    /// "Previous Post Next Post", "Click here", "Continue reading".
    Navigation,
    /// "Latest news", "Must read", "You might also like".
    SectionMarker,
    /// "READ ALSO: …", "LOOK: …" links to other articles.
    Teaser,
    /// A headline or teaser about something the article is not about.
    UnrelatedHeadline,
    /// Cookie, privacy, archive, copyright or technical notices.
    SiteNotice,
    /// An embedded social media post.
    SocialEmbed,
    /// A paragraph repeated verbatim earlier in the same article.
    DuplicateParagraph,
}

impl RemovalReason {
    /// The stable kebab-case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::RepeatedTitle => "repeated-title",
            Self::Byline => "byline",
            Self::Dateline => "dateline",
            Self::SourceTag => "source-tag",
            Self::Caption => "caption",
            Self::Subheading => "subheading",
            Self::CommentPrompt => "comment-prompt",
            Self::SharePrompt => "share-prompt",
            Self::Advertising => "advertising",
            Self::Navigation => "navigation",
            Self::SectionMarker => "section-marker",
            Self::Teaser => "teaser",
            Self::UnrelatedHeadline => "unrelated-headline",
            Self::SiteNotice => "site-notice",
            Self::SocialEmbed => "social-embed",
            Self::DuplicateParagraph => "duplicate-paragraph",
        }
    }
}

impl std::fmt::Display for RemovalReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A piece of text the clean stage took out, with its reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    /// The removed text, as it appeared (whitespace-normalised).
    pub text: String,
    /// Why it was removed.
    pub reason: RemovalReason,
}

/// A cleaned article: metadata, the story text split into sentences, and what was removed.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// Unique id (see [`RawArticle::id`]).
    pub id: String,
    /// The headline, when one was given or recognised.
    pub title: Option<String>,
    /// Publication date: from the input, else from a dateline in the text, else `None`.
    pub date: Option<NaiveDate>,
    /// Outlet name, when known.
    pub source: Option<String>,
    /// Canonical URL, when known.
    pub url: Option<String>,
    /// Language code, when known.
    pub lang: Option<String>,
    /// The author line ("Written by …"), when recognised.
    pub byline: Option<String>,
    /// Place of the dateline ("WASHINGTON"), when recognised.
    pub dateline: Option<String>,
    /// The earlier article of the same story this one nearly copies (a syndicated or
    /// reworded copy), when it is one: a family of copies counts as one source.
    pub copy_of: Option<String>,
    /// The story text, one sentence each. Citations index into this.
    pub sentences: Vec<Sentence>,
    /// Everything taken out of the text, in input order.
    pub removed: Vec<Removed>,
}

impl Article {
    /// The sentence texts, in order.
    pub fn sentence_texts(&self) -> impl Iterator<Item = &str> {
        self.sentences.iter().map(|s| s.text.as_str())
    }
}

/// A pointer to one sentence of one article: the unit of evidence in a brief.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Citation {
    /// The article id.
    pub article: String,
    /// Index into that article's `sentences`.
    pub sentence: usize,
}

impl Citation {
    /// Cites sentence `sentence` of article `article`.
    pub fn new(article: impl Into<String>, sentence: usize) -> Self {
        Self { article: article.into(), sentence }
    }
}

/// A group of articles reporting the same real-world event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Story {
    /// Stable story id.
    pub id: String,
    /// Member article ids, in arrival order.
    pub articles: Vec<String>,
}

/// Where the cluster stage put one article: its story, its language, and the earlier article
/// it copies when it is a near-duplicate (a syndicated or machine-translated copy), so later
/// stages can avoid counting a copy as an independent source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StoryAssignment {
    /// The article id.
    #[serde(rename = "id")]
    pub article: String,
    /// The story id; equal for every article of one story. `None` for an article with too
    /// little content to report anything (a widget, a notice, a banner): see `reason`.
    pub story: Option<String>,
    /// Why `story` is `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Detected (or given) language code, `None` when unknown.
    pub lang: Option<String>,
    /// The id of the earlier article this one is a near-copy of.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
}

impl StoryAssignment {
    /// The story label for scoring: the story id, or a story of its own (`unassigned:ID`) for
    /// an article without one, as the contract's checkers treat it.
    pub fn story_label(&self) -> std::borrow::Cow<'_, str> {
        match &self.story {
            Some(story) => story.as_str().into(),
            None => format!("unassigned:{}", self.article).into(),
        }
    }
}
