//! Relatedness of a short block (a bullet, a headline, a teaser) to the article it sits in.
//! Keyword lists cannot tell an unrelated headline from a related one; shared vocabulary can.
//! Terms the article repeats weigh more than terms it mentions once, so a teaser that shares
//! only everyday words ("city", "first") with the story scores low, and names (capitalised
//! words inside the block) count more than common words.

use crate::text::content_terms;
use std::collections::{HashMap, HashSet};

/// Below this score a short block is about something else.
pub const RELATED_MIN_SCORE: f32 = 0.5;
/// Extra weight of a shared term written as a name in the block.
const NAME_WEIGHT: f32 = 1.5;
/// With fewer term occurrences than this the article is too short to judge; all is related.
const MIN_PROFILE_TERMS: usize = 25;

/// Term counts of an article's story text.
pub struct Profile {
    counts: rustc_hash::FxHashMap<String, f32>,
    total: usize,
}

impl Profile {
    /// Builds the profile from the article's prose blocks (and title).
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut counts = rustc_hash::FxHashMap::default();
        let mut total = 0;
        for t in texts {
            crate::text::terms::for_each_term(t, |term| {
                match counts.get_mut(term) {
                    Some(c) => *c += 1.0,
                    None => {
                        counts.insert(term.to_string(), 1.0);
                    }
                }
                total += 1;
            });
        }
        Self { counts, total }
    }

    /// How strongly `block` shares the article's vocabulary: mean of ln(1 + count) over its
    /// distinct terms (at least three assumed, so one shared word is not enough on its own).
    /// With `in_profile`, the block's own occurrences are discounted (leave-one-out).
    pub fn score(&self, block: &str, in_profile: bool) -> f32 {
        let all = content_terms(block);
        let mut own: HashMap<&str, f32> = HashMap::new();
        if in_profile {
            for t in &all {
                *own.entry(t.as_str()).or_default() += 1.0;
            }
        }
        let terms: HashSet<&String> = all.iter().collect();
        let names: HashSet<String> = block
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .flat_map(content_terms)
            .collect();
        let sum: f32 = terms
            .iter()
            .map(|t| {
                let weight = if names.contains(*t) { NAME_WEIGHT } else { 1.0 };
                let count = self.counts.get(*t).copied().unwrap_or(0.0) - own.get(t.as_str()).copied().unwrap_or(0.0);
                weight * count.max(0.0).ln_1p()
            })
            .sum();
        sum / terms.len().max(3) as f32
    }

    /// Whether `block` is about the article; always true when the article is too short to tell.
    pub fn is_related(&self, block: &str, in_profile: bool) -> bool {
        self.total < MIN_PROFILE_TERMS || self.score(block, in_profile) >= RELATED_MIN_SCORE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_topic_scores_above_everyday_overlap() {
        let story = "Dockworkers at the port of Valmora walked out on Monday. The dockworkers union says the port \
                     operator refused a pay rise. Port traffic stopped as dockworkers picketed the gates. The union \
                     and the operator will meet in the city on Thursday. The strike is the first at the port in a decade.";
        let p = Profile::new([story]);
        assert!(p.is_related("Valmora port strike: union rejects new pay offer", false));
        assert!(!p.is_related("City marathon will close roads for the first time", false));
        assert!(!p.is_related("Dollar reaches a new low against the euro", false));
    }

    #[test]
    fn tiny_articles_cannot_judge() {
        let p = Profile::new(["Short note."]);
        assert!(p.is_related("Anything at all", false));
    }
}
