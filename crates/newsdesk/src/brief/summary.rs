//! The extractive multi-source summary: central, non-redundant sentences chosen across
//! outlets, each citing every outlet that carries the same statement.
//!
//! Input: a story's cleaned [`Article`]s and their [`SentenceIndex`]. Output: summary
//! [`Statement`]s whose text is a sentence of the story, citing it first and then the most
//! similar sentence of each other outlet carrying the same statement.
//!
//! Score = centrality (cosine to the story centroid, built from the articles' leading
//! sentences, every article weighted alike) × cross-source support (how many other outlets
//! report something similar) × lead position × a shape factor (fragments, questions, bare
//! quotes, pronoun starts, over-long sentences; boilerplate the clean stage let through is
//! never chosen). Selection is greedy maximal marginal relevance under the word budget,
//! skipping a sentence once it no longer fits; the output is in story order.
//!
//! The weights were tuned on the first half of the Multi-News sample and reported on the
//! second (docs/benchmarks.md, "Summaries (issue 5)").

use crate::clean::boilerplate;
use crate::text::{SentenceIndex, SparseVec};
use newsdesk_model::{Article, Statement};
use rustc_hash::FxHashMap;

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
    /// Sentences over which the lead bonus decays by a factor e.
    pub lead_decay: f32,
    /// Sentences over which a sentence's weight in its article's centroid decays by e
    /// (0: every sentence alike).
    pub centroid_decay: f32,
    /// Weight of relevance against redundancy in MMR (1 = ignore redundancy).
    pub mmr_lambda: f32,
    /// Cosine to an already chosen sentence above which a candidate is skipped.
    pub max_redundancy: f32,
    /// Sentences shorter than this many words are never chosen.
    pub min_words: usize,
    /// Sentences longer than this many words are weak (run-on quotes, mis-split lists).
    pub long_words: usize,
    /// Factor for sentences over `long_words`.
    pub long_factor: f32,
    /// Exponent of the score's centrality (higher: centrality counts more against the rest).
    pub centrality_power: f32,
    /// Scores are divided by (words / 20)^this: above 0 favours short sentences, which fit
    /// more statements in the budget.
    pub length_power: f32,
}

impl Default for SummaryWeights {
    fn default() -> Self {
        // Tuned by random search on the first half of the Multi-News sample (rounded).
        Self {
            same_statement: 0.75,
            support: 0.35,
            support_bonus: 0.5,
            lead_bonus: 1.25,
            lead_decay: 2.4,
            centroid_decay: 40.0,
            mmr_lambda: 0.55,
            max_redundancy: 0.5,
            min_words: 6,
            long_words: 50,
            long_factor: 0.95,
            centrality_power: 1.0,
            length_power: 0.0,
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
        let count = |v: f32| v.max(0.0).round() as usize;
        match name {
            "same_statement" => self.same_statement = value,
            "support" => self.support = value,
            "support_bonus" => self.support_bonus = value,
            "lead_bonus" => self.lead_bonus = value,
            "lead_decay" => self.lead_decay = value,
            "centroid_decay" => self.centroid_decay = value,
            "mmr_lambda" => self.mmr_lambda = value,
            "max_redundancy" => self.max_redundancy = value,
            "min_words" => self.min_words = count(value),
            "long_words" => self.long_words = count(value),
            "long_factor" => self.long_factor = value,
            "centrality_power" => self.centrality_power = value,
            "length_power" => self.length_power = value,
            _ => return Err(UnknownWeight(name.to_string())),
        }
        Ok(())
    }
}

/// For each article, the article whose copy family it belongs to (itself when it copies no
/// other article of the story).
pub(super) fn sources(articles: &[Article]) -> Vec<usize> {
    let mut first: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, a) in articles.iter().enumerate() {
        first.entry(a.id.as_str()).or_insert(i);
    }
    let position = |id: &str| first.get(id).copied();
    (0..articles.len()).map(|i| articles[i].copy_of.as_deref().and_then(position).unwrap_or(i)).collect()
}

/// Chooses summary sentences totalling at most `words` words (the first may exceed it alone).
pub fn summarize(articles: &[Article], index: &SentenceIndex, words: usize, w: &SummaryWeights) -> Vec<Statement> {
    let n = index.sentences.len();
    if n == 0 || words == 0 {
        return Vec::new();
    }
    let text = |i: usize| {
        let s = &index.sentences[i];
        articles[s.article].sentences[s.sentence].text.as_str()
    };
    let shape: Vec<f32> = (0..n).map(|i| shape_factor(text(i), index.sentences[i].words, w)).collect();
    let centroid = story_centroid(articles.len(), index, &shape, w.centroid_decay);
    let centrality = Centrality::new(&centroid);

    let source = sources(articles);
    let mut scorer = Scorer::new(index, w, &source, &shape, &centrality);
    let mut junk = Junk { articles, index, memo: FxHashMap::default() };
    let chosen = select(index, &mut scorer, words, w, &mut junk);
    let scores = &scorer.scores;
    let same = &scorer.same;
    let chosen = arrange(articles, index, |i| scores[i].unwrap_or(0.0), chosen);
    chosen
        .into_iter()
        .map(|i| {
            let mut citations = vec![index.citation(i)];
            citations.extend(same[i].iter().flatten().map(|&j| index.citation(j)));
            Statement { text: text(i).to_string(), citations }
        })
        .collect()
}

/// The centroid of the story: each article's (position-weighted) sentence centroid at unit
/// length, summed, so every outlet counts alike. Sentences that can never be chosen (junk,
/// fragments) are left out: a leftover archive notice should not pull the centre.
fn story_centroid(articles: usize, index: &SentenceIndex, shape: &[f32], decay: f32) -> SparseVec {
    let mut per_article: Vec<Vec<(usize, f32)>> = vec![Vec::new(); articles];
    for (i, s) in index.sentences.iter().enumerate() {
        if shape[i] > 0.0 {
            let weight = if decay > 0.0 { (-(s.sentence as f32) / decay).exp() } else { 1.0 };
            per_article[s.article].push((i, weight));
        }
    }
    let centroids: Vec<SparseVec> = per_article
        .iter()
        .filter(|members| !members.is_empty())
        .map(|members| SparseVec::weighted_unit_sum(members.iter().map(|&(i, wt)| (&index.sentences[i].vector, wt))))
        .collect();
    SparseVec::unit_sum(&centroids)
}

/// Cosine to the story centroid. The centroid holds nearly every term of the story, so
/// merging it with each sentence costs its whole length; scattered into a table once, each
/// sentence reads only its own terms. Same products, summed in the same (term id) order as
/// [`SparseVec::cosine`], so the same result.
struct Centrality {
    weights: Vec<f32>,
    norm: f32,
}

impl Centrality {
    fn new(centroid: &SparseVec) -> Self {
        let len = centroid.entries().last().map_or(0, |&(id, _)| id as usize + 1);
        let mut weights = vec![0.0f32; len];
        for &(id, w) in centroid.entries() {
            weights[id as usize] = w;
        }
        Self { weights, norm: centroid.norm() }
    }

    fn cosine(&self, v: &SparseVec) -> f32 {
        if self.norm == 0.0 || v.norm() == 0.0 {
            return 0.0;
        }
        let mut dot = 0.0;
        for &(id, w) in v.entries() {
            // A term the centroid lacks adds nothing (the merge skips it too).
            match self.weights.get(id as usize) {
                Some(&c) if c != 0.0 => dot += c * w,
                _ => {}
            }
        }
        dot / (self.norm * v.norm())
    }
}

/// Greedy MMR under the budget; returns the chosen sentences in story order.
///
/// Scores are computed lazily, best bound first ([`Scorer`]): a candidate whose bound cannot
/// beat the pick so far is never scored. The pick is the one a scan of every sentence in
/// order would make (highest MMR, the earliest on a tie), so the summary is the same.
fn select(index: &SentenceIndex, scorer: &mut Scorer, words: usize, w: &SummaryWeights, junk: &mut Junk) -> Vec<usize> {
    let n = index.sentences.len();
    let order = scorer.order();
    // The exact top score: scored in bound order until no bound can beat it.
    let mut top = 0.0f32;
    for &i in &order {
        if scorer.bound[i] <= top {
            break;
        }
        top = top.max(scorer.score(i));
    }
    if top <= 0.0 {
        return Vec::new();
    }
    let mut chosen: Vec<usize> = Vec::new();
    let mut used = 0;
    let mut excluded: Vec<bool> = scorer.bound.iter().map(|&b| b <= 0.0).collect();
    // Highest cosine of each candidate to anything chosen so far, updated per pick.
    let mut redundancy = vec![0.0f32; n];
    let mut scratch = vec![0.0f32; n];
    loop {
        let mut best: Option<(usize, f32)> = None;
        for &i in &order {
            // Redundancy only lowers MMR: no later bound can beat (or tie) the best.
            if scorer.bounded && best.is_some_and(|(_, b)| w.mmr_lambda * scorer.bound[i] / top < b) {
                break;
            }
            if excluded[i] {
                continue;
            }
            if used > 0 && used + index.sentences[i].words > words {
                continue;
            }
            if redundancy[i] >= w.max_redundancy {
                excluded[i] = true;
                continue;
            }
            let score = scorer.score(i);
            if score <= 0.0 {
                excluded[i] = true;
                continue;
            }
            let mmr = w.mmr_lambda * score / top - (1.0 - w.mmr_lambda) * redundancy[i];
            if best.is_none_or(|(b, m)| mmr > m || (mmr == m && i < b)) {
                best = Some((i, mmr));
            }
        }
        let Some((i, _)) = best else { break };
        // "He said …" only follows the sentence that names him.
        if starts_with_pronoun(text_of(junk, i)) && !antecedent_chosen(junk, &chosen, i) {
            excluded[i] = true;
            continue;
        }
        excluded[i] = true;
        if junk.in_junk_paragraph(i) {
            continue;
        }
        for &j in scorer.same[i].iter().flatten() {
            excluded[j] = true;
        }
        used += index.sentences[i].words;
        chosen.push(i);
        // Only sentences sharing a term with the pick have a cosine above 0 to it.
        for (j, c) in index.neighbours_into(i, f32::MIN_POSITIVE, &mut scratch) {
            redundancy[j] = redundancy[j].max(c);
        }
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
}

/// Sentence scores, computed on demand: the support of a sentence (how many other outlets
/// carry it) needs its neighbours, which in a story of thousands of articles cost a pass
/// over many postings each. Every other factor is cheap, so each sentence gets an upper
/// bound with the most support the story allows, and only sentences whose bound could still
/// be picked are scored exactly.
struct Scorer<'a> {
    index: &'a SentenceIndex,
    w: &'a SummaryWeights,
    source: &'a [usize],
    /// Centrality, lead, shape and length: the score without support.
    parts: Vec<(f32, f32, f32, f32)>,
    /// An upper bound of each score.
    bound: Vec<f32>,
    /// Whether the weights make the bounds bound MMR too (else every candidate is scored).
    bounded: bool,
    scores: Vec<Option<f32>>,
    /// Per scored sentence: the most similar sentence of each other article saying the same.
    same: Vec<Option<Vec<usize>>>,
    scratch: Vec<f32>,
}

impl<'a> Scorer<'a> {
    fn new(
        index: &'a SentenceIndex,
        w: &'a SummaryWeights,
        source: &'a [usize],
        shape: &[f32],
        centrality: &Centrality,
    ) -> Self {
        let n = index.sentences.len();
        let mut outlets = source.to_vec();
        outlets.sort_unstable();
        outlets.dedup();
        // At most every other outlet supports a sentence; one more keeps the bound above
        // the score whatever the rounding of the logarithm.
        let most_support = 1.0 + w.support_bonus * (2.0 + outlets.len() as f32).ln();
        let parts: Vec<(f32, f32, f32, f32)> = index
            .sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let lead = 1.0 + w.lead_bonus * (-(s.sentence as f32) / w.lead_decay.max(1e-3)).exp();
                let length = (s.words as f32 / 20.0).powf(w.length_power);
                (centrality.cosine(&s.vector).powf(w.centrality_power), lead, shape[i], length)
            })
            .collect();
        // The bound needs factors that only grow the product; other weights score eagerly.
        let bounded = w.support_bonus >= 0.0 && (0.0..=1.0).contains(&w.mmr_lambda);
        let bound = parts
            .iter()
            .map(|&(c, lead, shape, length)| {
                let product = c * most_support * lead * shape / length;
                if shape == 0.0 {
                    0.0
                } else if bounded && c >= 0.0 && lead >= 0.0 && shape >= 0.0 && length > 0.0 && product.is_finite() {
                    product
                } else {
                    f32::INFINITY
                }
            })
            .collect();
        Self {
            index,
            w,
            source,
            parts,
            bound,
            bounded,
            scores: vec![None; n],
            same: vec![None; n],
            scratch: vec![0.0; n],
        }
    }

    /// Sentences by bound, highest first (the earliest on a tie).
    fn order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.bound.len()).filter(|&i| self.bound[i] > 0.0).collect();
        order.sort_by(|&a, &b| self.bound[b].total_cmp(&self.bound[a]).then(a.cmp(&b)));
        order
    }

    /// The score of sentence `i`: centrality × support × lead × shape / length.
    fn score(&mut self, i: usize) -> f32 {
        if let Some(score) = self.scores[i] {
            return score;
        }
        let (index, w) = (self.index, self.w);
        let (centrality, lead, shape, length) = self.parts[i];
        if shape == 0.0 {
            self.scores[i] = Some(0.0);
            return 0.0;
        }
        let s = &index.sentences[i];
        let neighbours = index.neighbours_into(i, w.support.min(w.same_statement), &mut self.scratch);
        // Support counts outlets, not articles: a copy of this sentence's article is no
        // second witness.
        let source = self.source;
        let mut supporting: Vec<usize> = neighbours
            .iter()
            .filter(|&&(j, c)| c >= w.support && source[index.sentences[j].article] != source[s.article])
            .map(|&(j, _)| source[index.sentences[j].article])
            .collect();
        supporting.sort_unstable();
        supporting.dedup();
        self.same[i] = Some(best_per_article(index, &neighbours, s.article, w.same_statement));
        let support = 1.0 + w.support_bonus * (1.0 + supporting.len() as f32).ln();
        let score = centrality * support * lead * shape / length;
        self.scores[i] = Some(score);
        score
    }
}

fn text_of<'a>(junk: &Junk<'a>, i: usize) -> &'a str {
    let s = &junk.index.sentences[i];
    junk.articles[s.article].sentences[s.sentence].text.as_str()
}

/// A sentence whose subject is a pronoun ("He, too, has no lawyer."): unreadable without the
/// sentence before it.
fn starts_with_pronoun(text: &str) -> bool {
    matches!(first_word(text), "He" | "She" | "It" | "They" | "His" | "Her" | "Its" | "Their" | "Him" | "Them")
}

/// Whether the sentence right before `i` in its article is already chosen, and for "he" or
/// "she" names someone (a full name or a title and name: "Lauri Love", "Mr Love").
fn antecedent_chosen(junk: &Junk, chosen: &[usize], i: usize) -> bool {
    let index = junk.index;
    let s = &index.sentences[i];
    let Some(&before) = chosen
        .iter()
        .find(|&&c| index.sentences[c].article == s.article && index.sentences[c].sentence + 1 == s.sentence)
    else {
        return false;
    };
    let personal = matches!(first_word(text_of(junk, i)), "He" | "She" | "His" | "Her" | "Him");
    !personal || NAME.is_match(text_of(junk, before))
}

/// Two capitalised words in a row after the first word: a name, very likely.
static NAME: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| crate::text::regex(r"\S\s+\p{Lu}[\p{Ll}’'.-]+\s+\p{Lu}\p{Ll}"));

fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("").trim_end_matches([',', '’', '\''])
}

/// The reading order: the story's main and latest event first (the best-scored lead sentence
/// of the most recent article), the rest in story order with a pronoun-led sentence right
/// after the one naming its subject, and sentences carrying explicit dates in date order.
fn arrange(
    articles: &[Article],
    index: &SentenceIndex,
    score: impl Fn(usize) -> f32,
    chosen: Vec<usize>,
) -> Vec<usize> {
    let sentence = |i: usize| &index.sentences[i];
    let text = |i: usize| articles[sentence(i).article].sentences[sentence(i).sentence].text.as_str();
    let lead = chosen.iter().copied().filter(|&i| sentence(i).sentence <= 1 && !starts_with_pronoun(text(i))).max_by(
        |&a, &b| {
            let key = |i: usize| (articles[sentence(i).article].date, score(i));
            key(a).partial_cmp(&key(b)).unwrap_or(std::cmp::Ordering::Equal)
        },
    );
    let mut order: Vec<usize> = lead.into_iter().collect();
    order.extend(chosen.iter().copied().filter(|&i| Some(i) != lead && !starts_with_pronoun(text(i))));
    // Dated sentences in date order, in the places dated sentences hold.
    let dated: Vec<(usize, chrono::NaiveDate)> = order
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(pos, &i)| crate::dates::find_date(text(i)).map(|(d, _)| (pos, d)))
        .collect();
    let mut by_date: Vec<(chrono::NaiveDate, usize)> = dated.iter().map(|&(pos, d)| (d, order[pos])).collect();
    by_date.sort_by_key(|&(d, _)| d);
    for (&(pos, _), &(_, i)) in dated.iter().zip(&by_date) {
        order[pos] = i;
    }
    for &i in chosen.iter().filter(|&&i| starts_with_pronoun(text(i))) {
        let s = sentence(i);
        let at = order.iter().position(|&c| sentence(c).article == s.article && sentence(c).sentence + 1 == s.sentence);
        match at {
            Some(at) => order.insert(at + 1, i),
            None => order.push(i),
        }
    }
    order
}

/// Paragraphs where some sentence reads as boilerplate: an archive notice or a newsletter box
/// too long for the clean stage's block patterns survives as prose, but its sentences one by
/// one are recognised. Judged lazily, only for paragraphs a candidate comes from: the
/// patterns are the costliest part of the pipeline.
struct Junk<'a> {
    articles: &'a [Article],
    index: &'a SentenceIndex,
    memo: FxHashMap<(usize, usize), bool>,
}

impl Junk<'_> {
    fn in_junk_paragraph(&mut self, i: usize) -> bool {
        let s = &self.index.sentences[i];
        let sentences = &self.articles[s.article].sentences;
        let paragraph = sentences[s.sentence].paragraph;
        *self.memo.entry((s.article, paragraph)).or_insert_with(|| {
            let members: Vec<&str> =
                sentences.iter().filter(|o| o.paragraph == paragraph).map(|o| o.text.as_str()).collect();
            // A one-sentence paragraph was judged whole by the clean stage already.
            members.len() > 1 && members.iter().any(|t| boilerplate(t).is_some())
        })
    }
}

/// The most similar sentence of each other article, when at least `min` similar.
fn best_per_article(index: &SentenceIndex, neighbours: &[(usize, f32)], own: usize, min: f32) -> Vec<usize> {
    let mut best: Vec<(usize, usize, f32)> = Vec::new();
    let mut slot: FxHashMap<usize, usize> = FxHashMap::default();
    for &(j, c) in neighbours.iter().filter(|&&(_, c)| c >= min) {
        let a = index.sentences[j].article;
        if a == own {
            continue;
        }
        match slot.get(&a) {
            Some(&k) if c > best[k].2 => best[k] = (a, j, c),
            Some(_) => {}
            None => {
                slot.insert(a, best.len());
                best.push((a, j, c));
            }
        }
    }
    best.sort_by_key(|b| b.0);
    best.into_iter().map(|b| b.1).collect()
}

/// 0 for sentences that never belong in a summary, below 1 for weak ones.
fn shape_factor(text: &str, words: usize, w: &SummaryWeights) -> f32 {
    if words < w.min_words || text.chars().next().is_some_and(char::is_lowercase) {
        return 0.0;
    }
    let mut f = 1.0;
    if words > w.long_words {
        f *= w.long_factor;
    }
    let end = text.trim_end_matches(['"', '”', '’', ')', ' ']);
    if end.ends_with('?') {
        f *= 0.5;
    }
    // A cut-off caption or teaser ("… on U.S. Route...").
    if end.ends_with("...") || end.ends_with('…') {
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
