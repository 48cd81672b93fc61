//! Analyze: who and what a story is about, reconciled across outlets.
//!
//! Input: the cleaned [`Article`]s of one story. Output: an [`Analysis`] with entities (name
//! variants merged), quotes (with resolved speakers), figures, a dated timeline and the
//! points where outlets disagree. Every item cites the sentences it was read from, and its
//! text is found in them.

mod divergences;
mod entities;
mod figures;
mod gazetteer;
mod mentions;
mod names;
pub mod ner;
mod quote_marks;
mod quotes;
mod scripts;
mod timeline;

pub use entities::EntityTable;
pub use mentions::Mention;

use newsdesk_model::{Article, Divergence, Entity, Figure, Quote, TimelineItem};
use std::collections::{HashMap, HashSet};

/// Everything the analysis found in a story.
#[derive(Debug, Default)]
pub struct Analysis {
    /// People, organisations, places.
    pub entities: Vec<Entity>,
    /// Who said what.
    pub quotes: Vec<Quote>,
    /// Key figures.
    pub figures: Vec<Figure>,
    /// Dated happenings, by date.
    pub timeline: Vec<TimelineItem>,
    /// Where outlets disagree.
    pub divergences: Vec<Divergence>,
}

/// Analyses the articles of one story.
pub fn analyze(articles: &[Article]) -> Analysis {
    let mentions = mentions::find_mentions(articles);
    let table = entities::build(articles, &mentions);
    let quotes = quotes::find_quotes(articles, &mentions, &table);
    let quantities = figures::find_quantities(articles);
    let mut by_sentence: HashMap<(usize, usize), HashSet<usize>> = HashMap::new();
    for (m, e) in mentions.iter().zip(&table.of_mention) {
        if let (Some(e), false) = (e, m.in_caption) {
            by_sentence.entry((m.article, m.sentence)).or_default().insert(*e);
        }
    }
    let entities_of =
        |article: usize, sentence: usize| by_sentence.get(&(article, sentence)).cloned().unwrap_or_default();
    let mut divergences = divergences::quantity_divergences(articles, &quantities, entities_of);
    divergences::close_quantity_divergences(articles, &quantities, entities_of, &mut divergences);
    divergences.extend(divergences::year_divergences(articles, entities_of));
    divergences.extend(divergences::quote_divergences(articles, &quotes));
    divergences.extend(divergences::age_divergences(articles, &mentions, &table));
    divergences.extend(divergences::time_divergences(articles));
    Analysis {
        figures: figures::figures(articles, &quantities),
        timeline: timeline::timeline(articles),
        entities: table.entities,
        quotes,
        divergences,
    }
}

#[cfg(test)]
mod tests;
