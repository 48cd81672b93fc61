//! Analyze: who and what a story is about, reconciled across outlets.
//!
//! Input: the cleaned [`Article`]s of one story. Output: an [`Analysis`] with entities (name
//! variants merged), quotes (with resolved speakers), figures, a dated timeline and the
//! points where outlets disagree. Every item cites the sentences it was read from, and its
//! text is found in them.

mod attribution;
mod divergences;
mod entities;
mod figures;
mod gazetteer;
mod han_names;
mod headline_names;
mod mentions;
mod name_kinds;
mod names;
pub mod ner;
mod pairs;
mod partners;
mod quote_marks;
mod quote_merge;
mod quotes;
mod scripts;
mod span_words;
mod speaker_words;
mod timeline;

pub use entities::EntityTable;
pub use mentions::Mention;

use newsdesk_model::{Article, Divergence, Entity, Figure, Quote, TimelineItem};

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
    // Figures, the timeline and clock times need no entities: they are found on another
    // core while the entities are.
    let ((mentions, table, quotes), (quantities, figures, timeline, times)) = rayon::join(
        || {
            let foreign = scripts::foreign(articles);
            let mentions = mentions::find_mentions(articles, &foreign);
            let table = entities::build(articles, &mentions, &foreign);
            let quotes = quotes::find_quotes(articles, &mentions, &table);
            (mentions, table, quotes)
        },
        || {
            let quantities = figures::find_quantities(articles);
            let figures = figures::figures(articles, &quantities);
            (quantities, figures, timeline::timeline(articles), divergences::time_divergences(articles))
        },
    );
    let entities_of = divergences::SentenceEntities::new(&mentions, &table);
    let mut recorder = pairs::Recorder::default();
    divergences::quantity_divergences(articles, &quantities, &entities_of, &mut recorder);
    divergences::close_quantity_divergences(articles, &quantities, &entities_of, &mut recorder);
    let mut divergences = recorder.into_vec();
    divergences.extend(divergences::year_divergences(articles, &entities_of));
    divergences.extend(divergences::quote_divergences(articles, &quotes));
    divergences.extend(divergences::age_divergences(articles, &mentions, &table));
    divergences.extend(times);
    Analysis { figures, timeline, entities: table.entities, quotes, divergences }
}

#[cfg(test)]
mod name_tests;
#[cfg(test)]
mod tests;
