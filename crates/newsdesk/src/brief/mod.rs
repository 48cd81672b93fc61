//! Brief: the reconciled, cited account of one story, and its renderings.
//!
//! Input: the cleaned [`Article`]s of one story. Output: a [`Brief`] whose every item cites
//! `{article, sentence}` pairs that exist in those articles and contain the item's text.

pub mod render;
mod summary;

pub use summary::{summarize, SummaryWeights, UnknownWeight};

use crate::text::SentenceIndex;
use newsdesk_model::{Article, Brief};

/// How to build a brief.
#[derive(Clone, Debug)]
pub struct BriefOptions {
    /// Word budget of the summary.
    pub words: usize,
    /// Summariser weights.
    pub weights: SummaryWeights,
    /// Run the story analysis (entities, quotes, figures, timeline, divergences); off when
    /// only the summary is wanted, as in the summary evaluation.
    pub analyze: bool,
}

impl Default for BriefOptions {
    fn default() -> Self {
        Self { words: 120, weights: SummaryWeights::default(), analyze: true }
    }
}

/// Builds the brief of one story from its cleaned articles.
pub fn build(mut articles: Vec<Article>, options: &BriefOptions) -> Brief {
    mark_copies(&mut articles);
    let index = SentenceIndex::new(&articles);
    let summary = summarize(&articles, &index, options.words, &options.weights);
    let analysis =
        if options.analyze { crate::analyze::analyze(&articles) } else { crate::analyze::Analysis::default() };
    Brief {
        articles,
        summary,
        entities: analysis.entities,
        quotes: analysis.quotes,
        figures: analysis.figures,
        timeline: analysis.timeline,
        divergences: analysis.divergences,
    }
}

/// Marks each article that nearly copies an earlier one of the story (a syndicated or
/// reworded copy, [`crate::dedup`]), so that the copy does not count as another outlet.
fn mark_copies(articles: &mut [Article]) {
    let texts: Vec<String> = articles.iter().map(|a| a.sentence_texts().collect::<Vec<_>>().join(" ")).collect();
    let ids: Vec<String> = articles.iter().map(|a| a.id.clone()).collect();
    for (article, original) in articles.iter_mut().zip(crate::dedup::copies(&texts)) {
        article.copy_of = original.map(|k| ids[k].clone());
    }
}

/// A headline for the whole story: the title of the earliest dated article that has one.
pub fn headline(brief: &Brief) -> Option<&str> {
    let mut titled: Vec<&Article> = brief.articles.iter().filter(|a| a.title.is_some()).collect();
    titled.sort_by_key(|a| a.date.is_none());
    titled.first().and_then(|a| a.title.as_deref())
}
