//! The brief of one story: what the outlets report, reconciled, every item cited.

use crate::{Article, Citation};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A statement carried by one or more sentences (a summary item, one side of a divergence).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// The text, equal to (or contained in) each cited sentence's text.
    pub text: String,
    /// Every sentence that carries the statement, one or more outlets.
    pub citations: Vec<Citation>,
}

/// Kind of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, agency, party, alliance …
    Organization,
    /// A country, city, region, building …
    Place,
    /// Anything else worth listing (events, treaties, products).
    Other,
}

/// Why a surface form was merged into an entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VariantMerge {
    /// The surface form merged in.
    pub variant: String,
    /// A short human-readable reason ("surname of Sergei Ryabkov").
    pub why: String,
}

/// A person, organisation, place or other named thing, with its name variants merged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name.
    pub name: String,
    /// Entity kind.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Every surface form merged into this entity (including the canonical name).
    pub variants: Vec<String>,
    /// Ids of the articles that mention it.
    pub articles: Vec<String>,
    /// Number of mentions across the story.
    pub mentions: usize,
    /// The merge decisions for variants other than the canonical name.
    pub merges: Vec<VariantMerge>,
    /// Sentences that mention it.
    pub citations: Vec<Citation>,
}

/// Something someone said, directly quoted or reported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Canonical name of the speaking entity, `None` when unknown.
    pub speaker: Option<String>,
    /// The quoted words (found verbatim in a cited sentence).
    pub text: String,
    /// `true` for words in quote marks, `false` for reported speech.
    pub direct: bool,
    /// Every sentence that carries it.
    pub citations: Vec<Citation>,
}

/// A key number with what it counts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The number as written ("100,000", "60%").
    pub value: String,
    /// The number with its noun phrase ("100,000 troops").
    pub text: String,
    /// Every sentence that carries it.
    pub citations: Vec<Citation>,
}

/// A dated happening.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineItem {
    /// The resolved date.
    pub date: NaiveDate,
    /// What happens, as reported.
    pub text: String,
    /// How the date was found ("on Sunday" relative to the article date …).
    pub basis: String,
    /// Every sentence that carries it.
    pub citations: Vec<Citation>,
}

/// One version of a disputed fact.
pub type Side = Statement;

/// A fact the outlets report differently.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Divergence {
    /// What the disagreement is about.
    pub about: String,
    /// The competing versions, each cited.
    pub sides: Vec<Side>,
}

/// The brief of one story.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Brief {
    /// The story's headline, chosen from its articles' titles (the most central one).
    pub title: Option<String>,
    /// The cleaned articles the brief cites.
    pub articles: Vec<Article>,
    /// An extractive summary, most important first or in story order.
    pub summary: Vec<Statement>,
    /// People, organisations, places.
    pub entities: Vec<Entity>,
    /// Who said what.
    pub quotes: Vec<Quote>,
    /// Key figures.
    pub figures: Vec<Figure>,
    /// Dated happenings, sorted by date.
    pub timeline: Vec<TimelineItem>,
    /// Where outlets disagree.
    pub divergences: Vec<Divergence>,
}

impl Brief {
    /// The text of the sentence a citation points at, if it exists.
    pub fn cited_text(&self, citation: &Citation) -> Option<&str> {
        self.articles
            .iter()
            .find(|a| a.id == citation.article)
            .and_then(|a| a.sentences.get(citation.sentence))
            .map(|s| s.text.as_str())
    }
}
