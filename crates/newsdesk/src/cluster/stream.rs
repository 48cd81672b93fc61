//! The clustering of a stream: articles come in a batch at a time, are put in publication
//! order through a bounded reorder buffer, assigned online ([`Clusterer`]) and refined window
//! by window ([`windows`]). Memory is bounded whatever the stream's length: the buffer holds
//! at most `reorder_articles` articles' features, the refinement the last
//! `refine_max_articles`; what grows is one small record per article (its id, language,
//! push number and online placement) for the output.

use super::languages;
use super::online::{Clusterer, Placement};
use super::windows::{self, Windower};
use super::{ClusterConfig, Doc};
use newsdesk_model::StoryAssignment;
use rustc_hash::FxHashMap;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

/// An article waiting in the reorder buffer, ordered by (day key, input position).
struct Waiting {
    key: Option<i32>,
    input: usize,
    doc: Doc,
}

impl PartialEq for Waiting {
    fn eq(&self, other: &Self) -> bool {
        (self.key, self.input) == (other.key, other.input)
    }
}
impl Eq for Waiting {}
impl PartialOrd for Waiting {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Waiting {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.key, self.input).cmp(&(other.key, other.input))
    }
}

/// Places a stream of articles (input-indexed), the core of [`Stream`] and [`super::place`].
pub(crate) struct Placer {
    cfg: ClusterConfig,
    clusterer: Clusterer,
    windower: Windower,
    /// Articles not yet pushed, earliest first.
    buffer: BinaryHeap<Reverse<Waiting>>,
    /// Undated articles before the first dated one: their day is that one's.
    leading: VecDeque<(usize, Doc)>,
    /// Day of the last dated article of the input, the day of the undated ones after it.
    last_day: Option<i32>,
    /// Features of the last pushed articles, as many as the refinement's budget can read
    /// (its input), and their feature count.
    recent: VecDeque<Doc>,
    recent_features: usize,
    /// Input position of each pushed article.
    order: Vec<usize>,
    seen: usize,
}

impl Placer {
    pub fn new(cfg: &ClusterConfig) -> Self {
        Self {
            cfg: cfg.clone(),
            clusterer: Clusterer::new(cfg.clone()),
            windower: Windower::new(cfg),
            buffer: BinaryHeap::new(),
            leading: VecDeque::new(),
            last_day: None,
            recent: VecDeque::new(),
            recent_features: 0,
            order: Vec::new(),
            seen: 0,
        }
    }

    /// Takes the next article of the input. Articles are pushed in order of (day, input
    /// position) — undated ones take the day of the dated article before them — once the
    /// buffer is over `reorder_articles`; an article later than that is pushed when it comes.
    pub fn add(&mut self, doc: Doc) {
        let input = self.seen;
        self.seen += 1;
        match (doc.day, self.last_day) {
            (None, None) => self.leading.push_back((input, doc)),
            (day, last) => {
                let key = day.or(last);
                if last.is_none() {
                    for (input, doc) in std::mem::take(&mut self.leading) {
                        self.buffer.push(Reverse(Waiting { key, input, doc }));
                    }
                }
                self.last_day = key;
                self.buffer.push(Reverse(Waiting { key, input, doc }));
            }
        }
        while self.leading.len() + self.buffer.len() > self.cfg.reorder_articles {
            match self.buffer.pop() {
                Some(Reverse(w)) => self.push(w.key, w.input, w.doc),
                None => {
                    // Only undated articles so far: their order is the input's.
                    if let Some((input, doc)) = self.leading.pop_front() {
                        self.push(None, input, doc);
                    }
                }
            }
        }
    }

    /// Pushes everything still waiting.
    fn flush(&mut self) {
        while let Some((input, doc)) = self.leading.pop_front() {
            self.push(None, input, doc);
        }
        while let Some(Reverse(w)) = self.buffer.pop() {
            self.push(w.key, w.input, w.doc);
        }
    }

    fn push(&mut self, key: Option<i32>, input: usize, doc: Doc) {
        self.clusterer.push(&doc);
        let (recent, base) = (&self.recent, self.order.len() - self.recent.len());
        self.windower.push(key, doc.terms.len(), |k| &recent[k - base]);
        self.order.push(input);
        self.recent_features += doc.terms.len();
        self.recent.push_back(doc);
        // Keep the fewest latest articles that exceed the budget (a refined window fits it).
        while let Some(front) = self.recent.front() {
            let rest = (self.recent.len() - 1, self.recent_features - front.terms.len());
            if self.recent.len() <= 1 || self.cfg.refines(rest.0, rest.1) {
                break;
            }
            self.recent_features = rest.1;
            self.recent.pop_front();
        }
    }

    /// Every article's placement, indexed by input position: stories numbered by first
    /// appearance in the input, `duplicate_of` an input position.
    pub fn finish(mut self) -> Vec<Placement> {
        self.flush();
        let (recent, base) = (&self.recent, self.order.len() - self.recent.len());
        let windows = self.windower.finish(|k| &recent[k - base]);
        let pushed = self.clusterer.placements();
        let roots = windows::link(&windows, &pushed);
        let order = &self.order;
        let mut out = vec![Placement { story: 0, duplicate_of: None }; order.len()];
        for (k, (root, p)) in roots.into_iter().zip(pushed).enumerate() {
            out[order[k]] = Placement { story: root, duplicate_of: p.duplicate_of.map(|d| order[d]) };
        }
        let mut numbers = vec![usize::MAX; out.len()];
        let mut next = 0;
        for p in &mut out {
            if numbers[p.story] == usize::MAX {
                numbers[p.story] = next;
                next += 1;
            }
            p.story = numbers[p.story];
        }
        out
    }
}

/// [`super::cluster`] for articles that arrive a batch at a time, as `(id, features)`, so a
/// caller can featurise the next batch while this one is placed. Same result as clustering
/// the whole input at once.
pub struct Stream {
    placer: Placer,
    ids: Vec<String>,
    /// Language of each article, as an index into `langs`.
    lang_of: Vec<u32>,
    langs: Vec<Option<String>>,
    /// Input position → why the article has no story (few: junk pages).
    no_story: FxHashMap<usize, String>,
    /// Day and language-independent keys of each article, for linking stories across
    /// languages at the end.
    evidence: Vec<(Option<i32>, Vec<u32>)>,
    /// Each article's title and lead, for the sentence model; kept only when it can run
    /// (a budget and the model file), at most [`super::features::lead::LEAD_BYTES`] each.
    leads: Option<Leads>,
}

impl Stream {
    /// An empty stream.
    pub fn new(cfg: &ClusterConfig) -> Self {
        Self {
            placer: Placer::new(cfg),
            ids: Vec::new(),
            lang_of: Vec::new(),
            langs: Vec::new(),
            no_story: Default::default(),
            evidence: Vec::new(),
            leads: cfg.keeps_leads().then(Leads::default),
        }
    }

    /// Adds the next articles of the input.
    pub fn extend(&mut self, batch: impl IntoIterator<Item = (String, Doc)>) {
        for (id, mut doc) in batch {
            let lang = match self.langs.iter().position(|l| *l == doc.lang) {
                Some(i) => i,
                None => {
                    self.langs.push(doc.lang.clone());
                    self.langs.len() - 1
                }
            };
            self.lang_of.push(lang as u32);
            if let Some(reason) = doc.no_content(&self.placer.cfg) {
                self.no_story.insert(self.ids.len(), reason);
            }
            self.ids.push(id);
            self.evidence.push((doc.day, std::mem::take(&mut doc.xkeys)));
            let lead = std::mem::take(&mut doc.lead);
            if let Some(leads) = &mut self.leads {
                leads.push(&lead);
            }
            self.placer.add(doc);
        }
    }

    /// Stories currently active in the online pass (receiving articles).
    pub fn active_stories(&self) -> usize {
        self.placer.clusterer.active_stories()
    }

    /// Every article's story, in input order. Stories are numbered by first appearance;
    /// an article with too little content has none, and says why.
    pub fn finish(mut self) -> Vec<StoryAssignment> {
        let cfg = self.placer.cfg.clone();
        let placements = self.placer.finish();
        let lang_code = |l: u32| if self.langs[l as usize].is_some() { l + 1 } else { 0 };
        let members: Vec<languages::Member<'_>> = placements
            .iter()
            .zip(&self.lang_of)
            .zip(&self.evidence)
            .enumerate()
            .filter(|(k, _)| !self.no_story.contains_key(k))
            .map(|(k, ((p, &lang), (day, xkeys)))| languages::Member {
                story: p.story,
                lang: lang_code(lang),
                day: *day,
                xkeys,
                lead: self.leads.as_ref().map_or("", |l| l.get(k)),
            })
            .collect();
        let stories = placements.iter().map(|p| p.story + 1).max().unwrap_or(0);
        let told_as = languages::link(&members, stories, &cfg);
        let ids = &self.ids;
        let mut numbers: FxHashMap<usize, usize> = FxHashMap::default();
        placements
            .into_iter()
            .zip(ids)
            .zip(self.lang_of)
            .enumerate()
            .map(|(k, ((p, id), lang))| {
                let reason = self.no_story.remove(&k);
                let story = reason.is_none().then(|| {
                    let next = numbers.len();
                    format!("story-{}", *numbers.entry(told_as[p.story]).or_insert(next) + 1)
                });
                StoryAssignment {
                    article: id.clone(),
                    story,
                    reason,
                    lang: self.langs[lang as usize].clone(),
                    duplicate_of: p.duplicate_of.map(|i| ids[i].clone()),
                }
            })
            .collect()
    }
}

/// The articles' leads in one buffer (no allocation per article: 1M articles of ~300 bytes
/// take ~300 MB).
#[derive(Default)]
struct Leads {
    text: String,
    ends: Vec<u32>,
}

impl Leads {
    fn push(&mut self, lead: &str) {
        // Past 4 GiB of leads the rest are left empty (never read by the model).
        if self.text.len() + lead.len() <= u32::MAX as usize {
            self.text.push_str(lead);
        }
        self.ends.push(self.text.len() as u32);
    }

    fn get(&self, k: usize) -> &str {
        let start = k.checked_sub(1).and_then(|p| self.ends.get(p)).map_or(0, |&e| e as usize);
        let end = self.ends.get(k).map_or(start, |&e| e as usize);
        self.text.get(start..end).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leads_are_kept_in_one_buffer() {
        let mut leads = Leads::default();
        ["ab", "", "ψ c"].iter().for_each(|l| leads.push(l));
        assert_eq!([leads.get(0), leads.get(1), leads.get(2), leads.get(3)], ["ab", "", "ψ c", ""]);
    }

    fn doc(day: Option<i32>) -> Doc {
        Doc { day, ..Doc::default() }
    }

    #[test]
    fn undated_articles_take_the_day_before_them() {
        let mut placer = Placer::new(&ClusterConfig::default());
        // Keys 5, 5, 1, 1: pushed as 2, 3, 0, 1.
        [Some(5), None, Some(1), None].into_iter().for_each(|d| placer.add(doc(d)));
        placer.flush();
        assert_eq!(placer.order, [2, 3, 0, 1]);
    }

    #[test]
    fn the_reorder_buffer_is_bounded() {
        let cfg = ClusterConfig { reorder_articles: 2, ..ClusterConfig::default() };
        let mut placer = Placer::new(&cfg);
        // Day 1 comes after the buffer has let days 3 and 4 through: it is pushed late.
        [Some(4), Some(3), Some(5), Some(6), Some(1)].into_iter().for_each(|d| placer.add(doc(d)));
        assert_eq!(placer.order, [1, 0, 4]);
        placer.flush();
        assert_eq!(placer.order, [1, 0, 4, 2, 3]);
    }
}
