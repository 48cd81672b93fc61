//! One quote per statement: the same words from the same speaker in several outlets.

use crate::text::content_terms;
use newsdesk_model::Quote;
use std::collections::{HashMap, HashSet};

/// Merges quotes with the same speaker whose words are nearly the same (Jaccard ≥ 0.7 on
/// content terms), from different articles. Each joins the first such quote; only quotes
/// sharing a term can be alike, so those are found through an index of each speaker's terms.
pub(super) fn merge(quotes: Vec<Quote>) -> Vec<Quote> {
    // Per merged quote: it, its terms and the articles it is cited from.
    let mut out: Vec<(Quote, HashSet<String>, HashSet<String>)> = Vec::new();
    let mut postings: HashMap<(Option<String>, String), Vec<usize>> = HashMap::new();
    let mut near: Vec<usize> = Vec::new();
    for q in quotes {
        let terms: HashSet<String> = content_terms(&q.text).into_iter().collect();
        near.clear();
        for t in &terms {
            near.extend(postings.get(&(q.speaker.clone(), t.clone())).map_or(&[][..], Vec::as_slice));
        }
        near.sort_unstable();
        near.dedup();
        let same = near.iter().copied().find(|&o| {
            let (_, other_terms, other_articles) = &out[o];
            if other_articles.contains(&q.citations[0].article) {
                return false;
            }
            let inter = terms.intersection(other_terms).count() as f32;
            let union = terms.union(other_terms).count().max(1) as f32;
            inter / union >= 0.7
        });
        match same {
            Some(o) => {
                // The fuller wording of the two ("MUST come together …" quoted in part by one
                // outlet, whole by another); both sentences are cited.
                if q.text.len() > out[o].0.text.len() {
                    out[o].0.text = q.text.clone();
                }
                out[o].2.extend(q.citations.iter().map(|c| c.article.clone()));
                out[o].0.citations.extend(q.citations);
            }
            None => {
                for t in &terms {
                    postings.entry((q.speaker.clone(), t.clone())).or_default().push(out.len());
                }
                let articles = q.citations.iter().map(|c| c.article.clone()).collect();
                out.push((q, terms, articles));
            }
        }
    }
    out.into_iter().map(|(q, ..)| q).collect()
}
