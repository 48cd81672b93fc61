//! The extractive multi-source summary: central, non-redundant sentences chosen across
//! outlets, each citing every outlet that carries the same statement.
//!
//! Score = centrality (cosine to the story centroid, every article weighted equally)
//! × cross-source support (how many other outlets report something similar)
//! × lead position × a shape penalty (fragments, questions, bare quotes, pronoun starts).
//! Selection is greedy maximal marginal relevance under a word budget.

use crate::text::{SentenceIndex, SparseVec};
use newsdesk_model::{Article, Statement};
use std::collections::BTreeSet;

/// Tunable weights of the summariser.
#[derive(Clone, Debug)]
pub struct SummaryWeights {
    /// Cosine at which two sentences of different outlets are the same statement.
    pub same_statement: f32,
    /// Cosine at which another outlet counts as supporting a sentence.
    pub support: f32,
    /// Bonus per supporting outlet (multiplicative, on a log scale).
    pub support_bonus: f32,
    /// Bonus for the lead sentence, decaying with position.
    pub lead_bonus: f32,
    /// Weight of relevance against redundancy in MMR (1 = ignore redundancy).
    pub mmr_lambda: f32,
    /// Cosine to an already chosen sentence above which a candidate is skipped.
    pub max_redundancy: f32,
    /// Sentences shorter than this many words are never chosen.
    pub min_words: usize,
}

impl Default for SummaryWeights {
    fn default() -> Self {
        Self {
            same_statement: 0.75,
            support: 0.35,
            support_bonus: 0.35,
            lead_bonus: 0.6,
            mmr_lambda: 0.7,
            max_redundancy: 0.5,
            min_words: 7,
        }
    }
}

/// A weight name [`SummaryWeights::set`] does not know.
#[derive(Debug, thiserror::Error)]
#[error("unknown summary weight {0:?}")]
pub struct UnknownWeight(pub String);

impl SummaryWeights {
    /// Sets a weight by its field name (for tuning from the command line).
    pub fn set(&mut self, name: &str, value: f32) -> Result<(), UnknownWeight> {
        match name {
            "same_statement" => self.same_statement = value,
            "support" => self.support = value,
            "support_bonus" => self.support_bonus = value,
            "lead_bonus" => self.lead_bonus = value,
            "mmr_lambda" => self.mmr_lambda = value,
            "max_redundancy" => self.max_redundancy = value,
            "min_words" => self.min_words = value.max(0.0) as usize,
            _ => return Err(UnknownWeight(name.to_string())),
        }
        Ok(())
    }
}

/// Chooses summary sentences totalling at most `words` words (the first may exceed it alone).
pub fn summarize(articles: &[Article], index: &SentenceIndex, words: usize, w: &SummaryWeights) -> Vec<Statement> {
    let n = index.sentences.len();
    if n == 0 || words == 0 {
        return Vec::new();
    }
    let article_centroids: Vec<SparseVec> = (0..articles.len())
        .map(|a| SparseVec::unit_sum(index.sentences.iter().filter(|s| s.article == a).map(|s| &s.vector)))
        .collect();
    let centroid = SparseVec::unit_sum(&article_centroids);

    let mut scores = vec![0.0f32; n];
    let mut same: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        let s = &index.sentences[i];
        let text = &articles[s.article].sentences[s.sentence].text;
        let shape = shape_factor(text, s.words, w.min_words);
        if shape == 0.0 {
            continue;
        }
        let neighbours = index.neighbours(i, w.support.min(w.same_statement));
        let supporting: BTreeSet<usize> = neighbours
            .iter()
            .filter(|&&(j, c)| c >= w.support && index.sentences[j].article != s.article)
            .map(|&(j, _)| index.sentences[j].article)
            .collect();
        same[i] = best_per_article(index, &neighbours, s.article, w.same_statement);
        let lead = 1.0 + w.lead_bonus * (-(s.sentence as f32) / 3.0).exp();
        let support = 1.0 + w.support_bonus * (1.0 + supporting.len() as f32).ln();
        scores[i] = centroid.cosine(&s.vector) * support * lead * shape;
    }

    let top = scores.iter().cloned().fold(0.0, f32::max);
    if top <= 0.0 {
        return Vec::new();
    }
    let mut chosen: Vec<usize> = Vec::new();
    let mut used = 0;
    let mut excluded = vec![false; n];
    loop {
        let mut best: Option<(usize, f32)> = None;
        for i in 0..n {
            if excluded[i] || scores[i] <= 0.0 {
                continue;
            }
            let s = &index.sentences[i];
            if used > 0 && used + s.words > words {
                continue;
            }
            let redundancy = chosen.iter().map(|&c| s.vector.cosine(&index.sentences[c].vector)).fold(0.0, f32::max);
            if redundancy >= w.max_redundancy {
                excluded[i] = true;
                continue;
            }
            let mmr = w.mmr_lambda * scores[i] / top - (1.0 - w.mmr_lambda) * redundancy;
            if best.is_none_or(|(_, b)| mmr > b) {
                best = Some((i, mmr));
            }
        }
        let Some((i, _)) = best else { break };
        excluded[i] = true;
        for &j in &same[i] {
            excluded[j] = true;
        }
        used += index.sentences[i].words;
        chosen.push(i);
        if used >= words {
            break;
        }
    }

    // Story order: earlier in its article first, then by article.
    chosen.sort_by(|&a, &b| {
        let pos = |i: usize| {
            let s = &index.sentences[i];
            (s.sentence as f32 / s.article_len.max(1) as f32, s.article)
        };
        pos(a).partial_cmp(&pos(b)).unwrap_or(std::cmp::Ordering::Equal)
    });
    chosen
        .into_iter()
        .map(|i| {
            let s = &index.sentences[i];
            let mut citations = vec![index.citation(i)];
            citations.extend(same[i].iter().map(|&j| index.citation(j)));
            Statement { text: articles[s.article].sentences[s.sentence].text.clone(), citations }
        })
        .collect()
}

/// The most similar sentence of each other article, when at least `min` similar.
fn best_per_article(index: &SentenceIndex, neighbours: &[(usize, f32)], own: usize, min: f32) -> Vec<usize> {
    let mut best: Vec<(usize, usize, f32)> = Vec::new();
    for &(j, c) in neighbours.iter().filter(|&&(_, c)| c >= min) {
        let a = index.sentences[j].article;
        if a == own {
            continue;
        }
        match best.iter_mut().find(|b| b.0 == a) {
            Some(b) if c > b.2 => *b = (a, j, c),
            Some(_) => {}
            None => best.push((a, j, c)),
        }
    }
    best.sort_by_key(|b| b.0);
    best.into_iter().map(|b| b.1).collect()
}

/// 0 for sentences that never belong in a summary, below 1 for weak ones.
fn shape_factor(text: &str, words: usize, min_words: usize) -> f32 {
    if words < min_words || text.chars().next().is_some_and(char::is_lowercase) {
        return 0.0;
    }
    let mut f = 1.0;
    if words > 50 {
        f *= 0.7;
    }
    if text.trim_end_matches(['"', '”', '’']).ends_with('?') {
        f *= 0.5;
    }
    if text.starts_with(['"', '“', '‘', '\'']) {
        f *= 0.8;
    }
    let first = text.split_whitespace().next().unwrap_or("");
    if matches!(first, "He" | "She" | "It" | "They" | "This" | "That" | "These" | "Those" | "But" | "And" | "However,")
    {
        f *= 0.8;
    }
    f
}
