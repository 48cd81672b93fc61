//! Renderings of a [`Brief`](newsdesk_model::Brief): JSON per `shared/contracts`, Markdown for
//! reading, and one self-contained HTML page.

pub mod html;
mod json;
mod markdown;

pub use html::to_html;
pub use json::{article_from_json, article_to_json_line, from_json, to_json};
pub use markdown::to_markdown;

use newsdesk_model::{Brief, Citation};

/// Numbers articles 1..n in brief order, for `[n]` citation marks.
pub(crate) fn article_number(brief: &Brief, citation: &Citation) -> usize {
    brief.articles.iter().position(|a| a.id == citation.article).map_or(0, |p| p + 1)
}

/// The distinct article numbers cited, ascending.
pub(crate) fn cited_numbers(brief: &Brief, citations: &[Citation]) -> Vec<usize> {
    let mut n: Vec<usize> = citations.iter().map(|c| article_number(brief, c)).collect();
    n.sort_unstable();
    n.dedup();
    n
}
