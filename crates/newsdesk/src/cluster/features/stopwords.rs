//! The stopwords of other languages than English, as the feature builder sees words.

use super::{feature_id, Kind};
use crate::text::{phonetic, terms::stem};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// The stopwords of a language other than English as this module sees words: the feature
/// ids (word and name) they take when read, and their cross-script keys.
pub(super) struct Stopwords {
    pub(super) features: FxHashSet<u32>,
    pub(super) keys: FxHashSet<u32>,
}

/// [`Stopwords`] of a language (ISO 639-1), from the `stop-words` lists; `None` for a
/// language without a list. Built once per language.
pub(super) fn other_stopwords(lang: &str) -> Option<std::sync::Arc<Stopwords>> {
    use std::sync::{Arc, Mutex};
    static BUILT: LazyLock<Mutex<FxHashMap<String, Option<Arc<Stopwords>>>>> = LazyLock::new(Default::default);
    let mut built = BUILT.lock().unwrap_or_else(|e| e.into_inner());
    built
        .entry(lang.to_string())
        .or_insert_with(|| {
            let words = stop_words::lookup(lang)?;
            let mut stops = Stopwords { features: FxHashSet::default(), keys: FxHashSet::default() };
            // Split as the tokeniser splits ("aujourd'hui" is read as two words).
            for word in words.iter().flat_map(|w| w.split(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty()) {
                let lower = word.to_lowercase();
                let stem = stem(&lower);
                stops.features.extend([feature_id(Kind::Word, &stem), feature_id(Kind::Name, &stem)]);
                stops.keys.extend(phonetic::name_key(word));
                stops.keys.extend(phonetic::without_clitic(word).and_then(phonetic::name_key));
            }
            Some(Arc::new(stops))
        })
        .clone()
}
