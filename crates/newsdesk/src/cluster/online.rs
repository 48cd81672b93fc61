//! The online clusterer: articles arrive one at a time (in publication order) and each is
//! assigned to a story at once.
//!
//! Per article: (1) the stream clock advances and stories idle for longer than the window are
//! retired; (2) the article's features are weighted by TF-IDF from the stream's own document
//! frequencies (a fixed-size hashed table, so memory does not grow with the vocabulary);
//! (3) a near-duplicate of a recent article joins that article's story; (4) otherwise its top
//! terms are looked up in the inverted index of active stories, the best candidates are
//! scored exactly (cosine to the story centroid × a time factor, same language only), and it
//! joins the best story above the threshold or opens a new one; (5) the story it joined is
//! compared with its own candidates and merged with one that turned out to be the same story;
//! (6) when the stream ends, an active story that still holds one short article is read again
//! against the stories then active, and joins the best one above `rejoin_threshold`.
//!
//! Invariants: every pushed article gets exactly one story; two articles in different known
//! languages never share a story; state other than one `(story, duplicate)` pair per article
//! and one union-find entry per story is bounded by the active window.

use super::{ClusterConfig, Doc};
use crate::dedup::DupIndex;
use crate::text::sparse::dot_sorted;
use rustc_hash::FxHashMap;

/// Document-frequency table size (2^20 counters, 4 MiB).
const DF_BITS: u32 = 20;
/// Postings longer than this belong to terms too common to be evidence; they are not scanned.
const MAX_POSTING_SCAN: usize = 4000;
const NONE: u32 = u32::MAX;

struct Story {
    node: u32,
    /// Sum of the members' unit vectors, pruned to the heaviest terms, sorted by id.
    terms: Vec<(u32, f32)>,
    norm: f32,
    /// Unit vectors summed into `terms` (copies taken by the near-duplicate shortcut are not).
    members: u32,
    size: u32,
    first: Option<i32>,
    last: Option<i32>,
    /// Stream day of the last arrival (undated articles arrive "now").
    clock: i32,
    lang: u16,
    alive: bool,
}

impl Story {
    fn weight(&self, id: u32) -> f32 {
        self.terms.binary_search_by_key(&id, |t| t.0).map_or(0.0, |i| self.terms[i].1)
    }
}

/// Where one pushed article went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// Dense story number, by first appearance in push order.
    pub story: usize,
    /// Push number of the earlier article this one copies.
    pub duplicate_of: Option<usize>,
}

/// The online clustering state.
pub struct Clusterer {
    cfg: ClusterConfig,
    df: Vec<u32>,
    docs: u32,
    stories: Vec<Story>,
    free: Vec<u32>,
    postings: FxHashMap<u32, Vec<u32>>,
    posting_count: usize,
    /// Union-find over story nodes (one per story ever opened).
    parent: crate::text::UnionFind,
    node_slot: Vec<u32>,
    /// Per pushed article: (story node, push number of the original or `NONE`).
    articles: Vec<(u32, u32)>,
    dups: DupIndex,
    langs: Vec<String>,
    clock: i32,
    dated: bool,
    stamp: Vec<u32>,
    partial: Vec<f32>,
    generation: u32,
}

impl Clusterer {
    /// An empty clusterer.
    pub fn new(cfg: ClusterConfig) -> Self {
        Self {
            dups: DupIndex::new(cfg.duplicate_threshold),
            cfg,
            df: vec![0; 1 << DF_BITS],
            docs: 0,
            stories: Vec::new(),
            free: Vec::new(),
            postings: FxHashMap::default(),
            posting_count: 0,
            parent: crate::text::UnionFind::default(),
            node_slot: Vec::new(),
            articles: Vec::new(),
            langs: Vec::new(),
            clock: 0,
            dated: false,
            stamp: Vec::new(),
            partial: Vec::new(),
            generation: 0,
        }
    }

    /// Stories currently active (receiving articles).
    pub fn active_stories(&self) -> usize {
        self.stories.len() - self.free.len()
    }

    /// Articles pushed so far.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// Whether nothing was pushed.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// Assigns the next article of the stream to a story.
    pub fn push(&mut self, doc: &Doc) {
        let number = self.articles.len() as u32;
        self.advance_clock(doc.day);
        let lang = self.lang_id(doc.lang.as_deref());
        let vector = self.weigh(doc);
        if let Some(sig) = &doc.signature {
            let original = self.dups.find(sig).map(|(k, _)| k);
            self.dups.insert(sig.clone(), number, self.clock);
            if let Some(original) = original {
                let node = self.find(self.articles[original as usize].0);
                let slot = self.node_slot[node as usize];
                let same_lang = |l: u16| l == 0 || lang == 0 || l == lang;
                if slot != NONE && same_lang(self.stories[slot as usize].lang) {
                    let root = match self.articles[original as usize].1 {
                        NONE => original,
                        r => r,
                    };
                    self.articles.push((node, root));
                    let clock = self.clock;
                    let s = &mut self.stories[slot as usize];
                    s.size += 1;
                    s.clock = clock;
                    s.first = min_day(s.first, doc.day);
                    s.last = max_day(s.last, doc.day);
                    return;
                }
            }
        }
        if doc.no_content(&self.cfg).is_some() {
            let node = self.open(Vec::new(), doc.day, lang, false);
            self.articles.push((node, NONE));
            return;
        }
        let best = self.best_story(&vector, doc.day, doc.day, lang, None);
        match best {
            Some((slot, score)) if score >= self.cfg.threshold => {
                self.add(slot, &vector, doc.day);
                self.articles.push((self.stories[slot as usize].node, NONE));
                self.merge_step(slot);
            }
            _ => {
                let node = self.open(vector, doc.day, lang, true);
                self.articles.push((node, NONE));
            }
        }
    }

    /// Every pushed article's placement, in push order, once the stories of one short article
    /// still active were read again (step 6; this ends the stream's online pass).
    pub fn placements(&mut self) -> Vec<Placement> {
        self.rejoin();
        let mut numbers: FxHashMap<u32, usize> = FxHashMap::default();
        let mut out = Vec::with_capacity(self.articles.len());
        for i in 0..self.articles.len() {
            let (node, dup) = self.articles[i];
            let root = self.find(node);
            let next = numbers.len();
            let story = *numbers.entry(root).or_insert(next);
            out.push(Placement { story, duplicate_of: (dup != NONE).then_some(dup as usize) });
        }
        out
    }

    fn advance_clock(&mut self, day: Option<i32>) {
        let Some(day) = day else { return };
        if !self.dated {
            self.dated = true;
            self.clock = day;
            self.stories.iter_mut().for_each(|s| s.clock = day);
            return;
        }
        if day <= self.clock {
            return;
        }
        self.clock = day;
        let horizon = day - self.cfg.window_days;
        let mut live_terms = 0;
        for slot in 0..self.stories.len() {
            let s = &mut self.stories[slot];
            if s.alive && s.clock < horizon {
                s.alive = false;
                s.terms = Vec::new();
                self.node_slot[s.node as usize] = NONE;
                self.free.push(slot as u32);
            }
            live_terms += s.terms.len();
        }
        self.dups.retire_before(horizon);
        if self.posting_count > 2 * live_terms + 100_000 {
            self.rebuild_postings();
        }
    }

    /// Active stories of one short article join their best story when it scores
    /// `rejoin_threshold` now. Such an article was placed against the stream as it was when it
    /// came: document frequencies from the articles before it, and only the stories opened by
    /// then (a story's first reports each open one; in a pile, the first items of every story
    /// come before its centroid is formed). Its story's vector is the article's own, so it is
    /// read again at no memory cost. Only when the stream ends, not as a story retires: the
    /// stories active then are a week younger than the article, and on a dated stream of long
    /// articles the best of them was more often another event of its kind (docs/benchmarks.md).
    /// A full article (`kind_full_features` or more) keeps its placement: its cosine on arrival
    /// rests on enough words, and read again it joined another event of its kind as often.
    fn rejoin(&mut self) {
        if self.cfg.rejoin_threshold > 1.0 {
            return;
        }
        for slot in 0..self.stories.len() as u32 {
            let s = &self.stories[slot as usize];
            if !s.alive || s.members != 1 || s.terms.len() >= self.cfg.kind_full_features {
                continue;
            }
            let vector: Vec<(u32, f32)> = s.terms.iter().map(|&(id, w)| (id, w / s.norm)).collect();
            let (first, last, lang) = (s.first, s.last, s.lang);
            if let Some((other, score)) = self.best_story(&vector, first, last, lang, Some(slot)) {
                if score >= self.cfg.rejoin_threshold {
                    self.absorb(slot, other);
                }
            }
        }
    }

    fn rebuild_postings(&mut self) {
        self.postings.clear();
        self.posting_count = 0;
        for (slot, s) in self.stories.iter().enumerate() {
            for &(id, _) in &s.terms {
                self.postings.entry(id).or_default().push(slot as u32);
                self.posting_count += 1;
            }
        }
    }

    fn lang_id(&mut self, lang: Option<&str>) -> u16 {
        let Some(lang) = lang else { return 0 };
        if let Some(i) = self.langs.iter().position(|l| l == lang) {
            return i as u16 + 1;
        }
        self.langs.push(lang.to_string());
        self.langs.len() as u16
    }

    /// TF-IDF unit vector of `doc`, after counting it into the document frequencies.
    fn weigh(&mut self, doc: &Doc) -> Vec<(u32, f32)> {
        let shift = 32 - DF_BITS;
        self.docs += 1;
        for &(id, _) in &doc.terms {
            self.df[(id >> shift) as usize] += 1;
        }
        let n = self.docs as f32 + 1.0;
        let mut v: Vec<(u32, f32)> = doc
            .terms
            .iter()
            .map(|&(id, base)| (id, base * ((n / (self.df[(id >> shift) as usize] as f32 + 1.0)).ln() + 1.0)))
            .collect();
        let norm = v.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.iter_mut().for_each(|t| t.1 /= norm);
        }
        v
    }

    fn time_factor(&self, first: Option<i32>, last: Option<i32>, s: &Story) -> f32 {
        let (Some(first), Some(last), Some(s_first), Some(s_last)) = (first, last, s.first, s.last) else {
            return 1.0;
        };
        let gap = (s_first - last).max(first - s_last).max(0) as f32;
        1.0 / (1.0 + gap / self.cfg.time_scale_days)
    }

    /// The best active story for a unit `vector`: candidates through the top terms, ranked by
    /// their partial dot product, the best few scored exactly.
    fn best_story(
        &mut self,
        vector: &[(u32, f32)],
        first: Option<i32>,
        last: Option<i32>,
        lang: u16,
        exclude: Option<u32>,
    ) -> Option<(u32, f32)> {
        let mut top: Vec<(u32, f32)> = vector.to_vec();
        let k = self.cfg.query_terms.min(top.len());
        if k < top.len() {
            top.select_nth_unstable_by(k, |a, b| b.1.total_cmp(&a.1));
            top.truncate(k);
        }
        self.generation = self.generation.wrapping_add(1);
        self.stamp.resize(self.stories.len(), 0);
        self.partial.resize(self.stories.len(), 0.0);
        let mut candidates: Vec<u32> = Vec::new();
        for &(id, w) in &top {
            let Some(list) = self.postings.get(&id) else { continue };
            if list.len() > MAX_POSTING_SCAN {
                continue;
            }
            for &slot in list {
                let s = &self.stories[slot as usize];
                if !s.alive || Some(slot) == exclude || (lang != 0 && s.lang != 0 && s.lang != lang) {
                    continue;
                }
                let i = slot as usize;
                if self.stamp[i] != self.generation {
                    self.stamp[i] = self.generation;
                    self.partial[i] = 0.0;
                    candidates.push(slot);
                }
                self.partial[i] += w * s.weight(id) / s.norm;
            }
        }
        let partial = &self.partial;
        candidates.sort_unstable_by(|&a, &b| partial[b as usize].total_cmp(&partial[a as usize]).then(a.cmp(&b)));
        candidates.truncate(self.cfg.candidates);
        let mut best: Option<(u32, f32)> = None;
        for slot in candidates {
            let s = &self.stories[slot as usize];
            let score = dot_sorted(vector, &s.terms) / s.norm * self.time_factor(first, last, s);
            if best.is_none_or(|(b, bs)| score > bs || (score == bs && slot < b)) {
                best = Some((slot, score));
            }
        }
        best
    }

    fn open(&mut self, vector: Vec<(u32, f32)>, day: Option<i32>, lang: u16, indexed: bool) -> u32 {
        let node = self.parent.push();
        let slot = self.free.pop().unwrap_or(self.stories.len() as u32);
        self.node_slot.push(slot);
        let story = Story {
            node,
            terms: Vec::new(),
            norm: f32::MIN_POSITIVE,
            members: u32::from(indexed),
            size: 1,
            first: day,
            last: day,
            clock: self.clock,
            lang,
            alive: true,
        };
        if slot as usize == self.stories.len() {
            self.stories.push(story);
        } else {
            self.stories[slot as usize] = story;
        }
        if indexed {
            self.set_terms(slot, vector);
        }
        node
    }

    /// Replaces a story's centroid by `terms` (pruned), indexing the terms it did not have.
    fn set_terms(&mut self, slot: u32, mut terms: Vec<(u32, f32)>) {
        let keep = self.cfg.centroid_terms;
        if terms.len() > keep {
            terms.select_nth_unstable_by(keep, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            terms.truncate(keep);
            terms.sort_unstable_by_key(|t| t.0);
        }
        let s = &mut self.stories[slot as usize];
        let old = std::mem::take(&mut s.terms);
        for &(id, _) in &terms {
            if old.binary_search_by_key(&id, |t| t.0).is_err() {
                self.postings.entry(id).or_default().push(slot);
                self.posting_count += 1;
            }
        }
        s.norm = terms.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt().max(f32::MIN_POSITIVE);
        s.terms = terms;
    }

    /// Adds a member's unit vector to story `slot`.
    fn add(&mut self, slot: u32, vector: &[(u32, f32)], day: Option<i32>) {
        let clock = self.clock;
        let s = &mut self.stories[slot as usize];
        s.size += 1;
        s.members += 1;
        s.clock = clock;
        s.first = min_day(s.first, day);
        s.last = max_day(s.last, day);
        let sum = add_sorted(&s.terms, vector);
        self.set_terms(slot, sum);
    }

    /// Merges story `slot` with the most similar other active story when they read as one.
    fn merge_step(&mut self, slot: u32) {
        let s = &self.stories[slot as usize];
        let unit: Vec<(u32, f32)> = s.terms.iter().map(|&(id, w)| (id, w / s.norm)).collect();
        let (first, last, lang) = (s.first, s.last, s.lang);
        let Some((other, score)) = self.best_story(&unit, first, last, lang, Some(slot)) else { return };
        if score < self.cfg.merge_threshold {
            return;
        }
        self.absorb(slot, other);
    }

    /// Merges stories `slot` and `other` into one.
    fn absorb(&mut self, slot: u32, other: u32) {
        // The older story (lower node) absorbs the newer one.
        let (keep, gone) = if self.stories[slot as usize].node < self.stories[other as usize].node {
            (slot, other)
        } else {
            (other, slot)
        };
        let g = &mut self.stories[gone as usize];
        g.alive = false;
        let gone_terms = std::mem::take(&mut g.terms);
        let (g_node, g_size, g_members, g_first, g_last, g_clock, g_lang) =
            (g.node, g.size, g.members, g.first, g.last, g.clock, g.lang);
        self.node_slot[g_node as usize] = NONE;
        self.free.push(gone);
        let k = &mut self.stories[keep as usize];
        self.parent.attach(g_node, k.node);
        k.size += g_size;
        k.members += g_members;
        k.first = min_day(k.first, g_first);
        k.last = max_day(k.last, g_last);
        k.clock = k.clock.max(g_clock);
        if k.lang == 0 {
            k.lang = g_lang;
        }
        let sum = add_sorted(&k.terms, &gone_terms);
        self.set_terms(keep, sum);
    }

    fn find(&mut self, node: u32) -> u32 {
        self.parent.find(node)
    }
}

fn min_day(a: Option<i32>, b: Option<i32>) -> Option<i32> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        _ => a.or(b),
    }
}

fn max_day(a: Option<i32>, b: Option<i32>) -> Option<i32> {
    a.max(b)
}

/// Sum of two id-sorted sparse vectors.
fn add_sorted(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j == b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i == a.len() || b[j].0 < a[i].0 {
            out.push(b[j]);
            j += 1;
        } else {
            out.push((a[i].0, a[i].1 + b[j].1));
            i += 1;
            j += 1;
        }
    }
    out
}
