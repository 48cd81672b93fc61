//! The clustering parameters: one configuration for every input. They were chosen on the
//! tuning rows of the development suite only (`bench/suite.py`: ECB+ train/dev, the first
//! half of the Multi-News clusters, their feed-item forms and a dated training stream) by
//! `bench/suite_tune.py --local` from the previous configuration (itself learned on ECB+
//! train/dev and the first Multi-News half); never on test data. See docs/benchmarks.md.

/// Everything that shapes the clustering decision.
#[derive(Clone, Debug, PartialEq)]
pub struct ClusterConfig {
    /// Cosine (article vs story centroid, after the time factor) needed to join a story.
    pub threshold: f32,
    /// Cosine between two story centroids at which they are merged into one.
    pub merge_threshold: f32,
    /// Score (as `threshold`) at which a story of one short article still active when the
    /// stream ends joins its best story (above 1: never); see `online.rs`. Under `threshold`:
    /// the story it joins now holds the reports that came after it, which the centroid it
    /// missed on arrival did not. Chosen on the tuning rows (suite objective 0.9077 without;
    /// 0.15 / 0.125 / 0.1: 0.9106 / 0.9116 / 0.9103; `pile_train` online pass 0.8131 without,
    /// 0.8195 / 0.8203 / 0.8207; docs/benchmarks.md).
    pub rejoin_threshold: f32,
    /// Weight of a headline term relative to a body term.
    pub title_boost: f32,
    /// Body tokens counted as the lead.
    pub lead_tokens: usize,
    /// Weight of a lead token relative to a later body token.
    pub lead_boost: f32,
    /// Extra weight of a capitalised word inside a sentence (a name), added as its own feature.
    pub entity_weight: f32,
    /// Weight of a number ("2013", "6.1", "4,500") feature.
    pub number_weight: f32,
    /// Articles with fewer features weigh names and numbers less (linearly towards a word's
    /// weight); 0 weighs them fully whatever the length.
    pub kind_full_features: usize,
    /// Articles with fewer distinct features stay alone and are never a candidate: a page
    /// that is only a tweet widget or a cookie notice must not glue stories together.
    pub min_features: usize,
    /// An article's highest-weighted terms looked up in the story index.
    pub query_terms: usize,
    /// Candidate stories scored exactly per article.
    pub candidates: usize,
    /// Terms kept in a story centroid (bounds memory and scoring time).
    pub centroid_terms: usize,
    /// Stories that received nothing for this many days are retired.
    pub window_days: i32,
    /// Days over which the time factor halves the similarity of dated articles.
    pub time_scale_days: f32,
    /// Estimated Jaccard similarity from which an article is a near-duplicate.
    pub duplicate_threshold: f32,
    /// Tokens read per article at most (the lead carries the event; bounds the cost).
    pub max_tokens: usize,
    /// Refinement: nearest articles whose mean similarity is an article's local scale (at
    /// least; see `refine_neighbours_root`).
    pub refine_neighbours: usize,
    /// Refinement: in a window of `n` articles the local scale is read over at least this
    /// times √n nearest (0: always `refine_neighbours`). The scale is meant to be the density
    /// of the *other* reports around an article; a fixed k is a story's own density once its
    /// stories outgrow k (a big pile of feed items, ~60 reports a story), and every other
    /// report of the story then scores under the threshold. Stories grow with the window, and
    /// a k-nearest density estimate needs k to grow with n (k → ∞, k/n → 0; √n is the usual
    /// choice). Windows up to 900 articles keep k = 30 (chosen on the tuning rows, the big
    /// training pile and a dated training stream of copies: 1 / 1.25 / 1.5 / 2 give their mean
    /// 0.8885 / 0.8849 / 0.8855 / 0.8870, 0.8718 without; docs/benchmarks.md).
    pub refine_neighbours_root: f32,
    /// Refinement: cosine from which two articles are copies of one report (a re-post, a wire
    /// copy with a line dropped) and are clustered as one unit; see `copies.rs`. Above 1: never.
    /// 0.8 is the lowest at which no tuning row loses (0.7 merged two ECB+ dev events of one
    /// kind); on the big pile of feed items (`pile_train`) 0.9 / 0.8 / 0.7 give BCubed 0.51 /
    /// 0.60 / 0.73 (0.32 without).
    pub refine_copy: f32,
    /// Refinement: two articles are copies only when they also share this many features. Two
    /// headlines alike in most of their few words are as often two events of one kind
    /// ("Microsoft releases security patch for Internet Explorer", two ECB+ events) as one
    /// report; with 15, headline-sized items are never copies and the title rows keep their
    /// stories (0: ECB+ train / dev titles lost 0.003 / 0.005 BCubed).
    pub refine_copy_shared: usize,
    /// Cosine of the cross-language evidence (names by cross-script key, numbers) at which
    /// two stories told in different languages are one story (above 1: never linked).
    pub languages_threshold: f32,
    /// Whether stories are linked across languages by that evidence (the names and numbers);
    /// off only to measure what the sentence model links alone.
    pub languages_keys: bool,
    /// Cosine of the multilingual sentence model's embeddings (title and lead of a story's
    /// first article) at which two stories of different languages that the keys left
    /// unlinked are one story (above 1: never). See `languages_model.rs`.
    pub languages_model_threshold: f32,
    /// Stories embedded by the sentence model per run at most (the largest first; about
    /// a tenth of a second each): bounds its cost on a big stream. 0 turns the model off.
    pub languages_model_budget: usize,
    /// A language takes part in the sentence model's linking only when it holds at least
    /// this share of the articles of known language: under it, it is as likely a misread
    /// language (an English headline guessed as Dutch) as a real one, and the model, which
    /// would be run on the majority language's stories to find its few partners, is not
    /// worth its cost (the key evidence still links such stories).
    pub languages_model_min_share: f32,
    /// Refinement: cosine under which a pair counts as unrelated, whatever the local scales.
    pub refine_floor: f32,
    /// Refinement: a pair of articles sharing fewer features than this counts as unrelated
    /// (one word in common between two headlines is coincidence).
    pub refine_min_shared: usize,
    /// Refinement: an article of `n` features has a local scale of at least this / √n (0.4:
    /// 0.14 for an 8-feature headline, 0.08 for a 25-feature feed item; articles of 64
    /// features or more are at the absolute minimum, 0.05, anyway).
    pub refine_scale_floor: f32,
    /// Refinement: how far a pair's cosine is read relative to the two articles' local scales
    /// (`cosine / (rᵢ·rⱼ)^(p/2)`): 1 is fully relative, 0 the plain cosine.
    pub refine_scale_power: f32,
    /// Refinement: a dated pair more than `window_days` apart has its relative similarity
    /// divided by 1 + the days beyond that over this many days.
    pub refine_time_scale_days: f32,
    /// Refinement: mean relative similarity (cosine / local scale) needed to merge clusters.
    pub refine_threshold: f32,
    /// Refinement: two clusters are not merged when their score is under this fraction of the
    /// score that formed either of them (a sharp drop: two stories of one topic).
    pub refine_gap: f32,
    /// Refinement: a fragment does not join a cluster when its mean is under this fraction of
    /// the score that formed that cluster.
    pub refine_attach_gap: f32,
    /// Refinement: mean relative similarity at which a fragment (see `refine_attach_size`)
    /// joins its closest larger cluster.
    pub refine_attach: f32,
    /// Refinement: clusters of at most this many articles after the agglomeration are
    /// fragments that may join a larger cluster.
    pub refine_attach_size: usize,
    /// Refinement: articles with at least this many name features can be in a name conflict.
    pub names_min: usize,
    /// Refinement: name cosine under which two articles' names count as (partly) disjoint.
    pub names_overlap: f32,
    /// Refinement: factor on the relative similarity of two articles that share no name
    /// (rising linearly to 1 at `names_overlap`).
    pub names_penalty: f32,
    /// Articles held back to be put in publication order; an article later than this many
    /// positions is placed when it comes. Bounds memory on endless streams.
    pub reorder_articles: usize,
    /// Windows with more articles keep the online assignment (a bound on the linkage's size;
    /// see `refine_max_features` for the budget that usually decides). 0 turns it off.
    pub refine_max_articles: usize,
    /// Windows whose articles hold more features than this keep the online assignment. The
    /// refinement's cost and memory grow with the features it reads, not the article count:
    /// 300,000 is 2,000 full articles (~150 features each) or ~12,000 feed items (~25). So
    /// by default streams of thousands of full articles a day (7-day windows far larger) stay
    /// fast, and a big pile of headlines is still refined.
    pub refine_max_features: usize,
    /// Windows up to this many articles are searched exhaustively for each article's
    /// neighbours (quadratic); larger ones by a pruned search (a fixed cost per article).
    pub refine_exact_max: usize,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        Self {
            threshold: 0.2,
            merge_threshold: 0.35,
            rejoin_threshold: 0.125,
            title_boost: 2.0,
            lead_tokens: 100,
            lead_boost: 2.0,
            entity_weight: 0.5,
            number_weight: 3.0,
            kind_full_features: 80,
            min_features: 8,
            query_terms: 16,
            candidates: 8,
            centroid_terms: 150,
            window_days: 7,
            languages_threshold: 0.15,
            languages_keys: true,
            languages_model_threshold: 0.8,
            languages_model_budget: 64,
            languages_model_min_share: 0.01,
            time_scale_days: 30.0,
            duplicate_threshold: crate::dedup::DEFAULT_THRESHOLD,
            max_tokens: 500,
            refine_neighbours: 30,
            refine_neighbours_root: 1.0,
            refine_copy: 0.8,
            refine_copy_shared: 15,
            refine_floor: 0.1,
            refine_min_shared: 2,
            refine_scale_floor: 0.4,
            refine_scale_power: 1.0,
            refine_time_scale_days: 14.0,
            refine_threshold: 0.9,
            refine_gap: 0.5,
            refine_attach_gap: 0.35,
            refine_attach: 0.7,
            refine_attach_size: 2,
            names_min: 3,
            names_overlap: 0.1,
            names_penalty: 0.7,
            reorder_articles: 50_000,
            refine_max_articles: 20_000,
            refine_max_features: 300_000,
            refine_exact_max: 2000,
        }
    }
}

/// A parameter name [`ClusterConfig::set`] does not know.
#[derive(Debug, thiserror::Error)]
#[error("unknown clustering parameter {0:?}")]
pub struct UnknownParameter(pub String);

impl ClusterConfig {
    /// Whether a window of `articles` holding `features` features is refined.
    pub fn refines(&self, articles: usize, features: usize) -> bool {
        articles > 0 && articles <= self.refine_max_articles && features <= self.refine_max_features
    }

    /// Whether articles' leads are kept for the sentence model: it is on and its file is
    /// there.
    pub fn keeps_leads(&self) -> bool {
        self.languages_model_budget > 0
            && self.languages_model_threshold <= 1.0
            && crate::text::sentence_model::available()
    }

    /// How many nearest articles make an article's local scale in a window of `articles`.
    pub fn scale_neighbours(&self, articles: usize) -> usize {
        let root = (self.refine_neighbours_root * (articles as f32).sqrt()).round() as usize;
        self.refine_neighbours.max(root)
    }

    /// Sets a parameter by its field name (for tuning from the command line; counts round).
    pub fn set(&mut self, name: &str, value: f32) -> Result<(), UnknownParameter> {
        let count = |v: f32| v.max(0.0).round() as usize;
        match name {
            "threshold" => self.threshold = value,
            "merge_threshold" => self.merge_threshold = value,
            "rejoin_threshold" => self.rejoin_threshold = value,
            "title_boost" => self.title_boost = value,
            "lead_tokens" => self.lead_tokens = count(value),
            "lead_boost" => self.lead_boost = value,
            "entity_weight" => self.entity_weight = value,
            "number_weight" => self.number_weight = value,
            "kind_full_features" => self.kind_full_features = count(value),
            "min_features" => self.min_features = count(value),
            "query_terms" => self.query_terms = count(value),
            "candidates" => self.candidates = count(value),
            "centroid_terms" => self.centroid_terms = count(value),
            "window_days" => self.window_days = value.round() as i32,
            "languages_threshold" => self.languages_threshold = value,
            "languages_keys" => self.languages_keys = value != 0.0,
            "languages_model_threshold" => self.languages_model_threshold = value,
            "languages_model_budget" => self.languages_model_budget = count(value),
            "languages_model_min_share" => self.languages_model_min_share = value,
            "time_scale_days" => self.time_scale_days = value,
            "duplicate_threshold" => self.duplicate_threshold = value,
            "max_tokens" => self.max_tokens = count(value),
            "refine_neighbours" => self.refine_neighbours = count(value),
            "refine_neighbours_root" => self.refine_neighbours_root = value,
            "refine_copy" => self.refine_copy = value,
            "refine_copy_shared" => self.refine_copy_shared = count(value),
            "refine_floor" => self.refine_floor = value,
            "refine_min_shared" => self.refine_min_shared = count(value),
            "refine_scale_floor" => self.refine_scale_floor = value,
            "refine_scale_power" => self.refine_scale_power = value,
            "refine_time_scale_days" => self.refine_time_scale_days = value,
            "refine_threshold" => self.refine_threshold = value,
            "refine_gap" => self.refine_gap = value,
            "refine_attach_gap" => self.refine_attach_gap = value,
            "refine_attach" => self.refine_attach = value,
            "refine_attach_size" => self.refine_attach_size = count(value),
            "names_min" => self.names_min = count(value),
            "names_overlap" => self.names_overlap = value,
            "names_penalty" => self.names_penalty = value,
            "reorder_articles" => self.reorder_articles = count(value),
            "refine_max_articles" => self.refine_max_articles = count(value),
            "refine_max_features" => self.refine_max_features = count(value),
            "refine_exact_max" => self.refine_exact_max = count(value),
            _ => return Err(UnknownParameter(name.to_string())),
        }
        Ok(())
    }
}
