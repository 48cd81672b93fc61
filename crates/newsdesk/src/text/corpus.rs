//! The sentences of one story as TF-IDF vectors, with the near-neighbour lookups the
//! summary and the analysis both need (same statement in several outlets, support).

use super::{terms::for_each_term, SparseVec, Vocabulary};
use newsdesk_model::{Article, Citation};
use std::collections::HashMap;

/// One sentence of the story with its vector.
#[derive(Debug)]
pub struct IndexedSentence {
    /// Position of the article in the story's article list.
    pub article: usize,
    /// Index of the sentence in that article.
    pub sentence: usize,
    /// Number of sentences in that article.
    pub article_len: usize,
    /// TF-IDF vector of the sentence's content terms.
    pub vector: SparseVec,
    /// Number of words.
    pub words: usize,
}

/// All sentences of a story, vectorised with story-level IDF.
#[derive(Debug)]
pub struct SentenceIndex {
    /// Sentences in article order.
    pub sentences: Vec<IndexedSentence>,
    /// Article ids, by position.
    pub article_ids: Vec<String>,
    postings: HashMap<u32, Vec<usize>>,
}

impl SentenceIndex {
    /// Vectorises every sentence of `articles`.
    pub fn new(articles: &[Article]) -> Self {
        let mut vocab = Vocabulary::default();
        let mut raw: Vec<(usize, usize, usize, Vec<u32>, usize)> = Vec::new();
        for (ai, a) in articles.iter().enumerate() {
            for (si, s) in a.sentences.iter().enumerate() {
                let mut ids: Vec<u32> = Vec::new();
                for_each_term(&s.text, |t| ids.push(vocab.id(t)));
                raw.push((ai, si, a.sentences.len(), ids, s.text.split_whitespace().count()));
            }
        }
        let mut df = vec![0u32; vocab.len()];
        for (.., ids, _) in &raw {
            let mut seen = ids.clone();
            seen.sort_unstable();
            seen.dedup();
            for id in seen {
                df[id as usize] += 1;
            }
        }
        let n = raw.len().max(1) as f32;
        let idf: Vec<f32> = df.iter().map(|&d| (n / d.max(1) as f32).ln() + 1.0).collect();
        let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
        let sentences: Vec<IndexedSentence> = raw
            .into_iter()
            .enumerate()
            .map(|(i, (article, sentence, article_len, ids, words))| {
                let vector = SparseVec::from_ids(&ids, |id| idf[id as usize]);
                for &(id, _) in vector.entries() {
                    postings.entry(id).or_default().push(i);
                }
                IndexedSentence { article, sentence, article_len, vector, words }
            })
            .collect();
        Self { sentences, article_ids: articles.iter().map(|a| a.id.clone()).collect(), postings }
    }

    /// The citation of sentence `i`.
    pub fn citation(&self, i: usize) -> Citation {
        let s = &self.sentences[i];
        Citation::new(self.article_ids[s.article].clone(), s.sentence)
    }

    /// Sentences with cosine ≥ `min` to sentence `i` (excluding `i`), found through shared
    /// terms only, with their similarity.
    pub fn neighbours(&self, i: usize, min: f32) -> Vec<(usize, f32)> {
        let v = &self.sentences[i].vector;
        let mut dots: HashMap<usize, f32> = HashMap::new();
        for &(id, w) in v.entries() {
            for &j in self.postings.get(&id).map_or(&[][..], Vec::as_slice) {
                if j != i {
                    let wj = self.sentences[j]
                        .vector
                        .entries()
                        .binary_search_by_key(&id, |e| e.0)
                        .map_or(0.0, |k| self.sentences[j].vector.entries()[k].1);
                    *dots.entry(j).or_default() += w * wj;
                }
            }
        }
        let mut out: Vec<(usize, f32)> = dots
            .into_iter()
            .map(|(j, d)| (j, d / (v.norm() * self.sentences[j].vector.norm()).max(f32::MIN_POSITIVE)))
            .filter(|&(_, c)| c >= min)
            .collect();
        out.sort_by_key(|a| a.0);
        out
    }
}
