//! The brief as JSON, exactly in the shape `shared/contracts/README.md` fixes (fields may be
//! added, never renamed).

use newsdesk_model::{Article, Brief};
use serde::Serialize;

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
