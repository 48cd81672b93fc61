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
    let index = SentenceIndex::new(&articles);
    mark_copies(&mut articles, &index);
    // The summary and the analysis read the same articles and nothing of each other.
    let (summary, analysis) = rayon::join(
        || summarize(&articles, &index, options.words, &options.weights),
        || if options.analyze { crate::analyze::analyze(&articles) } else { crate::analyze::Analysis::default() },
    );
    let title = central_title(&articles, &index);
    Brief {
        title,
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
fn mark_copies(articles: &mut [Article], index: &SentenceIndex) {
    let signatures = index.article_terms.iter().map(|terms| crate::dedup::Signature::from_terms(terms));
    for (i, original) in crate::dedup::copies_of(signatures).into_iter().enumerate() {
        articles[i].copy_of = original.map(|k| index.article_ids[k].clone());
    }
}

/// The title of the most central titled article (see [`crate::text::central`]): a real
/// headline that says what most of the story's articles report.
fn central_title(articles: &[Article], index: &SentenceIndex) -> Option<String> {
    let counts: Vec<Vec<(u32, f32)>> = index
        .article_terms
        .iter()
        .map(|terms| crate::text::SparseVec::from_ids(terms, |_| 1.0).entries().to_vec())
        .collect();
    let docs: Vec<&[(u32, f32)]> = counts.iter().map(Vec::as_slice).collect();
    let titled = |i: usize| articles.get(i).is_some_and(|a| a.title.as_deref().is_some_and(|t| !t.trim().is_empty()));
    let best = crate::text::central::most_central(&docs, titled)?;
    articles.get(best).and_then(|a| a.title.clone())
}

/// A headline for the whole story: the brief's title, else the title of the earliest dated
/// article that has one.
pub fn headline(brief: &Brief) -> Option<&str> {
    if let Some(title) = brief.title.as_deref() {
        return Some(title);
    }
    let mut titled: Vec<&Article> = brief.articles.iter().filter(|a| a.title.is_some()).collect();
    titled.sort_by_key(|a| a.date.is_none());
    titled.first().and_then(|a| a.title.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsdesk_model::RawArticle;

    const WIRE: &str = "Dockworkers at the port of Valmora walked out on Monday after talks on pay broke down. \
        The union wants a rise of 12 percent over two years, while the port operator offers 4 percent. \
        Container ships queued outside the harbour as cranes stood still for a second day. \
        The regional government called both sides to a meeting in the capital on Thursday.";

    fn story(texts: &[(&str, &str)]) -> Brief {
        let articles = texts.iter().map(|(id, text)| crate::clean::clean(&RawArticle::new(*id, *text, "t"))).collect();
        build(articles, &BriefOptions::default())
    }

    #[test]
    fn summary_opens_with_the_latest_event_and_no_pronoun_stands_alone() {
        let dated = |id: &str, text: &str, day: u32| {
            let mut raw = RawArticle::new(id, text, "t");
            raw.date = chrono::NaiveDate::from_ymd_opt(2023, 3, day);
            crate::clean::clean(&raw)
        };
        let old = dated(
            "old",
            "Dockworkers at the port of Valmora have complained about pay for years, union leaders say. \
             He, too, has no contract with the port operator of Valmora and its cranes. \
             The port of Valmora handles a third of the country's container trade every year.",
            10,
        );
        let new = dated(
            "new",
            "Dockworkers at the port of Valmora walked out on Tuesday after pay talks with the port operator failed. \
             Container ships queued outside the port of Valmora as cranes stood still. \
             The union of Valmora dockworkers said the strike would go on until the operator raised its offer.",
            14,
        );
        let b = build(vec![old, new], &BriefOptions::default());
        let first = b.summary.first().expect("a summary");
        assert_eq!(first.citations[0].article, "new", "{:?}", b.summary);
        assert!(b.summary.iter().all(|s| !s.text.starts_with("He, too")), "{:?}", b.summary);
    }

    #[test]
    fn a_syndicated_copy_is_marked_and_not_a_second_source() {
        let copy = WIRE.replace("Dockworkers at the port", "Dock workers at the port");
        let other = "A volcano on the island of Kelso erupted on Friday, closing the airport. \
            Ash from the Kelso volcano fell on villages to the east, and flights were cancelled. \
            Scientists said the eruption could go on for several weeks.";
        let b = story(&[("wire", WIRE), ("copy", &copy), ("other", other)]);
        let copy_of: Vec<Option<&str>> = b.articles.iter().map(|a| a.copy_of.as_deref()).collect();
        assert_eq!(copy_of, [None, Some("wire"), None]);
        assert!(render::to_json(&b).contains("\"copy_of\": \"wire\""));
        assert!(render::to_markdown(&b).contains("a copy of `wire`"));
        assert_eq!(summary::sources(&b.articles), [0, 0, 2]);
    }
}
