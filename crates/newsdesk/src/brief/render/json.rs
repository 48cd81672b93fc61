//! The brief as JSON, exactly in the shape `shared/contracts/README.md` fixes (fields may be
//! added, never renamed).

use newsdesk_model::{Article, Brief, RemovalReason, Removed, Sentence};
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct ArticleJson<'a> {
    id: &'a str,
    title: Option<&'a str>,
    date: Option<String>,
    sentences: Vec<&'a str>,
    removed: Vec<RemovedJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dateline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    copy_of: Option<&'a str>,
}

#[derive(Serialize)]
struct RemovedJson<'a> {
    text: &'a str,
    reason: &'static str,
}

impl<'a> From<&'a Article> for ArticleJson<'a> {
    fn from(a: &'a Article) -> Self {
        Self {
            id: &a.id,
            title: a.title.as_deref(),
            date: a.date.map(|d| d.format("%Y-%m-%d").to_string()),
            sentences: a.sentence_texts().collect(),
            removed: a.removed.iter().map(|r| RemovedJson { text: &r.text, reason: r.reason.as_str() }).collect(),
            source: a.source.as_deref(),
            url: a.url.as_deref(),
            lang: a.lang.as_deref(),
            byline: a.byline.as_deref(),
            dateline: a.dateline.as_deref(),
            copy_of: a.copy_of.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct BriefJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    articles: Vec<ArticleJson<'a>>,
    summary: &'a [newsdesk_model::Statement],
    entities: &'a [newsdesk_model::Entity],
    quotes: &'a [newsdesk_model::Quote],
    figures: &'a [newsdesk_model::Figure],
    timeline: &'a [newsdesk_model::TimelineItem],
    divergences: &'a [newsdesk_model::Divergence],
}

/// The brief as pretty-printed JSON.
pub fn to_json(brief: &Brief) -> String {
    let json = BriefJson {
        title: brief.title.as_deref(),
        articles: brief.articles.iter().map(ArticleJson::from).collect(),
        summary: &brief.summary,
        entities: &brief.entities,
        quotes: &brief.quotes,
        figures: &brief.figures,
        timeline: &brief.timeline,
        divergences: &brief.divergences,
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&json).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// One cleaned article as a single JSON line (the brief's article shape).
pub fn article_to_json_line(article: &Article) -> String {
    serde_json::to_string(&ArticleJson::from(article)).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// An article as [`article_to_json_line`] writes it, read back.
#[derive(Deserialize)]
struct ArticleIn {
    id: String,
    title: Option<String>,
    date: Option<chrono::NaiveDate>,
    sentences: Vec<String>,
    removed: Vec<RemovedIn>,
    source: Option<String>,
    url: Option<String>,
    lang: Option<String>,
    byline: Option<String>,
    dateline: Option<String>,
    copy_of: Option<String>,
}

#[derive(Deserialize)]
struct RemovedIn {
    text: String,
    reason: RemovalReason,
}

impl From<ArticleIn> for Article {
    fn from(a: ArticleIn) -> Self {
        Article {
            id: a.id,
            title: a.title,
            date: a.date,
            source: a.source,
            url: a.url,
            lang: a.lang,
            byline: a.byline,
            dateline: a.dateline,
            copy_of: a.copy_of,
            // Paragraph numbers are not part of the JSON; no rendering reads them.
            sentences: a.sentences.into_iter().map(|text| Sentence { text, paragraph: 0 }).collect(),
            removed: a.removed.into_iter().map(|r| Removed { text: r.text, reason: r.reason }).collect(),
        }
    }
}

#[derive(Deserialize)]
struct BriefIn {
    title: Option<String>,
    articles: Vec<ArticleIn>,
    summary: Vec<newsdesk_model::Statement>,
    entities: Vec<newsdesk_model::Entity>,
    quotes: Vec<newsdesk_model::Quote>,
    figures: Vec<newsdesk_model::Figure>,
    timeline: Vec<newsdesk_model::TimelineItem>,
    divergences: Vec<newsdesk_model::Divergence>,
}

/// Reads a brief written by [`to_json`] back (a stored brief rendered as Markdown or HTML).
pub fn from_json(json: &str) -> Result<Brief, serde_json::Error> {
    let b: BriefIn = serde_json::from_str(json)?;
    Ok(Brief {
        title: b.title,
        articles: b.articles.into_iter().map(Article::from).collect(),
        summary: b.summary,
        entities: b.entities,
        quotes: b.quotes,
        figures: b.figures,
        timeline: b.timeline,
        divergences: b.divergences,
    })
}

/// Reads an article written by [`article_to_json_line`] back.
pub fn article_from_json(json: &str) -> Result<Article, serde_json::Error> {
    serde_json::from_str::<ArticleIn>(json).map(Article::from)
}
