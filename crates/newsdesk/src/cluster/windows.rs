//! Windows of the refinement. The pushed articles (publication order) are cut into runs of
//! `window_days` counted from each run's first day (an undated input is one run); each run
//! that is small enough is re-clustered by [`refine`] with the recent part of the run before
//! it as context, as soon as the run is complete. The refinement of a window runs on a thread
//! pool of its own while the stream goes on (one window at a time: the next one waits for
//! it), on a copy of the window's features. Only the refined labels are kept, so the
//! articles' features can be dropped as the stream moves on; [`link`] turns the labels and
//! the online placements into the final stories at the end.

use super::online::Placement;
use super::{refine, ClusterConfig, Doc};
use rustc_hash::FxHashMap;
use std::sync::mpsc::{self, Receiver};
use std::sync::LazyLock;

/// The refinement's own threads: a window is refined while the caller goes on, and the caller
/// may wait for it from inside the global pool (the stream's batches run there), which must
/// not be the pool the refinement needs. `None` when no pool could be built: windows are then
/// refined in place.
static POOL: LazyLock<Option<rayon::ThreadPool>> = LazyLock::new(|| {
    rayon::ThreadPoolBuilder::new()
        .num_threads(rayon::current_num_threads())
        .thread_name(|i| format!("refine-{i}"))
        // A panic drops the window's sender; `wait` then reports it instead of an abort.
        .panic_handler(|_| {})
        .build()
        .ok()
});

/// A completed run of pushed articles (push numbers): context `from..start`, own
/// articles `start..end`.
pub(crate) struct Window {
    from: usize,
    start: usize,
    end: usize,
    /// The refined cluster of each article of `from..end`; `None` when the run was larger
    /// than the refinement's budget (it keeps its online stories).
    labels: Option<Vec<usize>>,
}

/// Cuts the push sequence into windows as the articles' day keys arrive.
pub(crate) struct Windower {
    cfg: ClusterConfig,
    /// Day key of every pushed article.
    keys: Vec<Option<i32>>,
    /// Features of the pushed articles before each one (a prefix sum: a run's size in O(1)).
    features: Vec<u64>,
    start: usize,
    /// The first known day of the current run.
    first_day: Option<i32>,
    previous_start: usize,
    windows: Vec<Window>,
    /// The refinement still running: its window's index and where its labels will come.
    running: Option<(usize, Receiver<Vec<usize>>)>,
}

impl Windower {
    pub fn new(cfg: &ClusterConfig) -> Self {
        Self {
            cfg: cfg.clone(),
            keys: Vec::new(),
            features: vec![0],
            start: 0,
            first_day: None,
            previous_start: 0,
            windows: Vec::new(),
            running: None,
        }
    }

    /// Registers the next pushed article's day key and feature count. When it falls outside
    /// the current run, that run is complete and is refined, reading the features of push
    /// number `k` through `doc(k)`: only the last pushed articles that fit the refinement's
    /// budget are ever read.
    pub fn push<'d>(&mut self, key: Option<i32>, features: usize, doc: impl Fn(usize) -> &'d Doc) {
        let end = self.keys.len();
        // A run spans at least `window_days`, and goes on while it holds at most half the
        // refinement's budget: a sparse stream's stories, which go quiet for more than a week
        // and come back, are then refined together, and the run still fits the budget when
        // the next days bring as many articles again.
        let sparse = self.fits(self.start, end, 2);
        if end > self.start && !within(self.first_day, key, self.cfg.window_days) && !sparse {
            self.close(end, doc);
        }
        self.first_day = self.first_day.or(key);
        self.keys.push(key);
        self.features.push(self.features[end] + features as u64);
    }

    /// Whether pushes `from..end`, `times` over, fit the refinement's budget.
    fn fits(&self, from: usize, end: usize, times: usize) -> bool {
        let features = (self.features[end] - self.features[from]) as usize;
        self.cfg.refines((end - from) * times, features * times)
    }

    /// Completes the last run and returns every window.
    pub fn finish<'d>(mut self, doc: impl Fn(usize) -> &'d Doc) -> Vec<Window> {
        let end = self.keys.len();
        if end > self.start {
            self.close(end, doc);
        }
        self.wait();
        self.windows
    }

    /// Waits for the running refinement and stores its labels.
    fn wait(&mut self) {
        if let Some((w, labels)) = self.running.take() {
            // A refinement that panicked (the panic hook printed why) dropped its sender.
            self.windows[w].labels = Some(labels.recv().expect("the window refinement panicked"));
        }
    }

    fn close<'d>(&mut self, end: usize, doc: impl Fn(usize) -> &'d Doc) {
        let (start, first_day) = (self.start, self.first_day);
        let mut from = start;
        if self.fits(start, end, 1) {
            // The previous run is refined again as context, so a story that continues across
            // the boundary is found even when the online pass split it. Only its articles
            // whose story can still be active (within `window_days`) take part.
            let recent = (self.previous_start..start)
                .find(|&k| within(self.keys[k], first_day, self.cfg.window_days))
                .unwrap_or(start);
            from = if self.fits(recent, end, 1) { recent } else { start };
            self.wait();
            let (tx, rx) = mpsc::channel();
            match POOL.as_ref() {
                Some(pool) => {
                    let docs: Vec<Doc> = (from..end).map(|k| doc(k).clone()).collect();
                    let cfg = self.cfg.clone();
                    pool.spawn(move || {
                        // The receiver only goes away with the whole stream.
                        let _ = tx.send(refine::refine(&docs.iter().collect::<Vec<_>>(), &cfg));
                    });
                }
                None => {
                    let docs: Vec<&Doc> = (from..end).map(doc).collect();
                    let _ = tx.send(refine::refine(&docs, &self.cfg));
                }
            }
            self.running = Some((self.windows.len(), rx));
        }
        // Labels `None` until the refinement is waited for (and for good when not refined).
        self.windows.push(Window { from, start, end, labels: None });
        self.previous_start = start;
        self.start = end;
        self.first_day = None;
    }
}

/// The final story of every pushed article (a push number standing for its story), from the
/// windows' refined clusters and the online placements (`pushed`, in push order). Stories that
/// continue from one window into the next stay linked through their online story, and a copy
/// stays with its original.
pub(crate) fn link(windows: &[Window], pushed: &[Placement]) -> Vec<usize> {
    let mut uf = crate::text::UnionFind::new(pushed.len());
    // Last push number of each online story in an earlier window.
    let mut previous: FxHashMap<usize, usize> = FxHashMap::default();
    for w in windows {
        let mut first: FxHashMap<usize, usize> = FxHashMap::default();
        match &w.labels {
            Some(labels) => {
                // Context articles only link a new cluster to one earlier one (earlier clusters
                // are not re-merged among themselves).
                let mut earlier: FxHashMap<usize, usize> = FxHashMap::default();
                for (at, &label) in (w.from..w.end).zip(labels) {
                    if at < w.start {
                        earlier.entry(label).or_insert(at);
                        continue;
                    }
                    let f = *first.entry(label).or_insert(at);
                    uf.union(f as u32, at as u32);
                    if let Some(&e) = earlier.get(&label) {
                        uf.union(e as u32, at as u32);
                    }
                }
            }
            None => {
                for (k, placed) in pushed.iter().enumerate().take(w.end).skip(w.start) {
                    let f = *first.entry(placed.story).or_insert(k);
                    uf.union(f as u32, k as u32);
                }
            }
        }
        let mut seen: FxHashMap<usize, usize> = FxHashMap::default();
        for (k, placed) in pushed.iter().enumerate().take(w.end).skip(w.start) {
            if let Some(&p) = previous.get(&placed.story) {
                if seen.insert(placed.story, k).is_none() {
                    uf.union(p as u32, k as u32);
                }
            }
            if let Some(d) = placed.duplicate_of {
                uf.union(d as u32, k as u32);
            }
        }
        for (k, placed) in pushed.iter().enumerate().take(w.end).skip(w.start) {
            previous.insert(placed.story, k);
        }
    }
    (0..pushed.len()).map(|k| uf.find(k as u32) as usize).collect()
}

/// Whether `day` falls in the run starting on `first` (undated: always).
fn within(first: Option<i32>, day: Option<i32>, window_days: i32) -> bool {
    match (first, day) {
        (Some(f), Some(d)) => d - f < window_days,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cuts(keys: &[Option<i32>], cfg: &ClusterConfig) -> Vec<(usize, usize, usize, bool)> {
        let doc = Doc::default();
        let mut w = Windower::new(cfg);
        keys.iter().for_each(|&k| w.push(k, 0, |_| &doc));
        w.finish(|_| &doc).iter().map(|w| (w.from, w.start, w.end, w.labels.is_some())).collect()
    }

    #[test]
    fn runs_are_cut_by_days_and_the_recent_part_of_the_one_before_is_context() {
        // A budget of 4: a run goes past its 7 days only while it holds at most 2 articles.
        let cfg = ClusterConfig { window_days: 7, refine_max_articles: 4, ..ClusterConfig::default() };
        // Days 1, 2, 6 | 9, 9, 10 | 30: of the first run only day 6 is within 7 days of day 9.
        let keys = [Some(1), Some(2), Some(6), Some(9), Some(9), Some(10), Some(30)];
        assert_eq!(cuts(&keys, &cfg), [(0, 0, 3, true), (2, 3, 6, true), (6, 6, 7, true)]);
        // Runs larger than `refine_max_articles` keep their online stories and are no context.
        let small = ClusterConfig { refine_max_articles: 2, ..cfg };
        assert_eq!(cuts(&keys, &small), [(0, 0, 3, false), (3, 3, 6, false), (6, 6, 7, true)]);
        // An undated input is one run.
        assert_eq!(cuts(&[None, None, None], &cfg), [(0, 0, 3, true)]);
        // A sparse run goes on past its days while it holds at most half the budget.
        let sparse = [Some(1), Some(20), Some(40), Some(60), Some(80)];
        assert_eq!(cuts(&sparse, &cfg), [(0, 0, 3, true), (3, 3, 5, true)]);
    }

    #[test]
    fn links_follow_labels_online_stories_and_copies() {
        let placed = |story: usize, duplicate_of: Option<usize>| Placement { story, duplicate_of };
        // Window 1: articles 0-2, refined into {0, 1} and {2}. Window 2: articles 3-5 with
        // article 2 as context; 3 shares 2's refined cluster, 4 continues 0's online story, and
        // 5 copies 1.
        let windows = [
            Window { from: 0, start: 0, end: 3, labels: Some(vec![0, 0, 1]) },
            Window { from: 2, start: 3, end: 6, labels: Some(vec![0, 0, 1, 2]) },
        ];
        let pushed =
            [placed(0, None), placed(1, None), placed(2, None), placed(3, None), placed(0, None), placed(4, Some(1))];
        assert_eq!(link(&windows, &pushed), [0, 0, 2, 2, 0, 0]);
    }
}
