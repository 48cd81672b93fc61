//! The sentences of one story as TF-IDF vectors, with the near-neighbour lookups the
//! summary and the analysis both need (same statement in several outlets, support).

use super::{terms::for_each_term, word_count, SparseVec, Vocabulary};
use newsdesk_model::{Article, Citation};

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

type RawSentence = (usize, usize, usize, Vec<(u32, f32)>, usize);

/// All sentences of a story, vectorised with story-level IDF.
#[derive(Debug)]
pub struct SentenceIndex {
    /// Sentences in article order.
    pub sentences: Vec<IndexedSentence>,
    /// Article ids, by position.
    pub article_ids: Vec<String>,
    /// Each article's content term ids in text order (ids of this index's own vocabulary):
    /// what near-copy detection compares.
    pub article_terms: Vec<Vec<u32>>,
    /// For each term id, the sentences holding it with the term's weight there.
    postings: Vec<Vec<(u32, f32)>>,
}

impl SentenceIndex {
    /// Vectorises every sentence of `articles`.
    pub fn new(articles: &[Article]) -> Self {
        let mut vocab = Vocabulary::default();
        // Per sentence: article, sentence, article length, its term counts as (id, count)
        // sorted by id, and its word count.
        let mut raw: Vec<RawSentence> = Vec::new();
        let mut ids: Vec<u32> = Vec::new();
        let mut article_terms: Vec<Vec<u32>> = vec![Vec::new(); articles.len()];
        for (ai, a) in articles.iter().enumerate() {
            for (si, s) in a.sentences.iter().enumerate() {
                ids.clear();
                for_each_term(&s.text, |t| ids.push(vocab.id(t)));
                article_terms[ai].extend_from_slice(&ids);
                ids.sort_unstable();
                let mut counts: Vec<(u32, f32)> = Vec::with_capacity(ids.len());
                for &id in &ids {
                    match counts.last_mut() {
                        Some((last, c)) if *last == id => *c += 1.0,
                        _ => counts.push((id, 1.0)),
                    }
                }
                raw.push((ai, si, a.sentences.len(), counts, word_count(&s.text)));
            }
        }
        let mut df = vec![0u32; vocab.len()];
        for (.., counts, _) in &raw {
            for &(id, _) in counts {
                df[id as usize] += 1;
            }
        }
        let n = raw.len().max(1) as f32;
        let idf: Vec<f32> = df.iter().map(|&d| (n / d.max(1) as f32).ln() + 1.0).collect();
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); vocab.len()];
        let sentences: Vec<IndexedSentence> = raw
            .into_iter()
            .enumerate()
            .map(|(i, (article, sentence, article_len, mut counts, words))| {
                for (id, c) in &mut counts {
                    *c *= idf[*id as usize];
                    postings[*id as usize].push((i as u32, *c));
                }
                let vector = SparseVec::from_sorted(counts);
                IndexedSentence { article, sentence, article_len, vector, words }
            })
            .collect();
        Self { sentences, article_ids: articles.iter().map(|a| a.id.clone()).collect(), article_terms, postings }
    }

    /// The citation of sentence `i`.
    pub fn citation(&self, i: usize) -> Citation {
        let s = &self.sentences[i];
        Citation::new(self.article_ids[s.article].clone(), s.sentence)
    }

    /// Sentences with cosine ≥ `min` to sentence `i` (excluding `i`), found through shared
    /// terms only, with their similarity, in sentence order.
    pub fn neighbours(&self, i: usize, min: f32) -> Vec<(usize, f32)> {
        self.neighbours_into(i, min, &mut vec![0.0; self.sentences.len()])
    }

    /// [`Self::neighbours`] with a caller-owned accumulator of one slot per sentence (all
    /// zero on entry and left zero), so a loop over every sentence allocates it once.
    pub fn neighbours_into(&self, i: usize, min: f32, dots: &mut [f32]) -> Vec<(usize, f32)> {
        let v = &self.sentences[i].vector;
        let mut touched: Vec<usize> = Vec::new();
        for &(id, w) in v.entries() {
            for &(j, wj) in self.postings.get(id as usize).map_or(&[][..], Vec::as_slice) {
                let j = j as usize;
                if j != i {
                    if dots[j] == 0.0 {
                        touched.push(j);
                    }
                    dots[j] += w * wj;
                }
            }
        }
        let mut out = Vec::new();
        let mut take = |j: usize, dot: f32| {
            let c = dot / (v.norm() * self.sentences[j].vector.norm()).max(f32::MIN_POSITIVE);
            if c >= min {
                out.push((j, c));
            }
        };
        // Weights are positive, so the touched slots are exactly the nonzero ones: when they
        // are many, one pass over the table yields them in order for less than a sort.
        if touched.len() * 8 >= dots.len() {
            for (j, d) in dots.iter_mut().enumerate() {
                if *d != 0.0 {
                    take(j, std::mem::take(d));
                }
            }
        } else {
            touched.sort_unstable();
            for j in touched {
                take(j, std::mem::take(&mut dots[j]));
            }
        }
        out
    }
}
