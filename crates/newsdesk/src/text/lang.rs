//! Language identification with `whatlang` (trigram profiles, no model files).
//!
//! Input: article text (only a prefix is read: a few hundred characters decide the language
//! and the cost must stay flat for long articles). Output: an ISO 639-1 code where one exists
//! ("en", "de"), else whatlang's ISO 639-3 code. Unreliable guesses on short text give `None`:
//! an unknown language never keeps two articles apart.
//!
//! Trigram profiles tell the languages of one alphabet apart mostly by their function words.
//! Text without them (keyword lists, feeds stripped of stop words, tag clouds) still gets a
//! confident guess — lower-cased English keywords come out French, Latin or Catalan — and a
//! wrong language splits a story and links it to others by their numbers. So a guess for
//! Latin-script text stands only when the text has that language's function words.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{Arc, LazyLock, Mutex};

/// Bytes of text looked at; more rarely changes the answer and only costs time.
const PREFIX_BYTES: usize = 600;

/// English is recognised without whatlang when at least 22 % of the first 100 words are English
/// stopwords (running English has 35–50 %, other languages under 15 %): whatlang costs more than
/// everything else done per word.
pub const ENGLISH_WORDS: usize = 100;
const ENGLISH_STOPWORD_PERCENT: usize = 22;
/// Texts of fewer words have no reliable language.
pub const ENGLISH_MIN_WORDS: usize = 10;

/// Whether `stopwords` English stopwords among the first `words` words (at most
/// [`ENGLISH_WORDS`] counted) make a text English.
pub fn english_by_stopwords(words: usize, stopwords: usize) -> bool {
    words >= ENGLISH_MIN_WORDS && stopwords * 100 >= words * ENGLISH_STOPWORD_PERCENT
}

/// Whether a text is English by [`english_by_stopwords`] over its first words.
pub fn reads_as_english(text: &str) -> bool {
    let (mut words, mut stopwords) = (0, 0);
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(ENGLISH_WORDS) {
        words += 1;
        stopwords += usize::from(crate::text::terms::is_stopword(&word.to_lowercase()));
    }
    english_by_stopwords(words, stopwords)
}

/// The language of `text`, or `None` when the text is too short or ambiguous to tell.
pub fn detect(text: &str) -> Option<String> {
    let mut end = text.len().min(PREFIX_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end])?;
    if !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    let code = iso639_1(info.lang().code());
    if info.script() == whatlang::Script::Latin && !has_function_words(&text[..end], code) {
        return None;
    }
    Some(code.to_string())
}

/// Percentage of a text's words that must be function words of its guessed language. Running
/// prose in any language has 30–50 %, a headline rarely none; text stripped of them has ~0.
const MIN_FUNCTION_WORD_PERCENT: usize = 15;

/// Whether at least [`MIN_FUNCTION_WORD_PERCENT`] of the words of `text` are stop words of
/// `lang` (true for a language without a list: nothing to check against).
fn has_function_words(text: &str, lang: &str) -> bool {
    let Some(stops) = function_words(lang) else {
        return true;
    };
    let (mut words, mut function) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        function += usize::from(stops.contains(&word.to_lowercase()));
    }
    function * 100 >= words * MIN_FUNCTION_WORD_PERCENT
}

type Words = FxHashSet<String>;

/// The stop words of a language (ISO 639-1) from the `stop-words` lists, lower-cased and split
/// as [`has_function_words`] splits text; `None` without a list. Built once per language.
fn function_words(lang: &str) -> Option<Arc<Words>> {
    static BUILT: LazyLock<Mutex<FxHashMap<String, Option<Arc<Words>>>>> = LazyLock::new(Default::default);
    let mut built = BUILT.lock().unwrap_or_else(|e| e.into_inner());
    built
        .entry(lang.to_string())
        .or_insert_with(|| {
            let words = stop_words::lookup(lang)?;
            let split = words.iter().flat_map(|w| w.split(|c: char| !c.is_alphabetic()));
            Some(Arc::new(split.filter(|w| !w.is_empty()).map(str::to_lowercase).collect()))
        })
        .clone()
}

/// A language code as given by an input ("en", "eng", "EN", "en-GB"), in the form [`detect`]
/// returns, so given and detected languages compare equal.
pub fn normalize(code: &str) -> Option<String> {
    let base = code.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match base.len() {
        0 => None,
        3 => Some(iso639_1(&base).to_string()),
        _ => Some(base),
    }
}

/// ISO 639-3 → 639-1 for the languages whatlang knows that have a two-letter code.
fn iso639_1(code: &str) -> &str {
    const TABLE: &[(&str, &str)] = &[
        ("afr", "af"),
        ("aka", "ak"),
        ("amh", "am"),
        ("ara", "ar"),
        ("aze", "az"),
        ("bel", "be"),
        ("ben", "bn"),
        ("bul", "bg"),
        ("cat", "ca"),
        ("ces", "cs"),
        ("cmn", "zh"),
        ("dan", "da"),
        ("deu", "de"),
        ("ell", "el"),
        ("eng", "en"),
        ("epo", "eo"),
        ("est", "et"),
        ("fin", "fi"),
        ("fra", "fr"),
        ("guj", "gu"),
        ("heb", "he"),
        ("hin", "hi"),
        ("hrv", "hr"),
        ("hun", "hu"),
        ("hye", "hy"),
        ("ind", "id"),
        ("ita", "it"),
        ("jav", "jv"),
        ("jpn", "ja"),
        ("kan", "kn"),
        ("kat", "ka"),
        ("khm", "km"),
        ("kor", "ko"),
        ("lat", "la"),
        ("lav", "lv"),
        ("lit", "lt"),
        ("mal", "ml"),
        ("mar", "mr"),
        ("mkd", "mk"),
        ("mya", "my"),
        ("nep", "ne"),
        ("nld", "nl"),
        ("nob", "nb"),
        ("ori", "or"),
        ("pan", "pa"),
        ("pes", "fa"),
        ("pol", "pl"),
        ("por", "pt"),
        ("ron", "ro"),
        ("rus", "ru"),
        ("sin", "si"),
        ("slk", "sk"),
        ("slv", "sl"),
        ("sna", "sn"),
        ("spa", "es"),
        ("srp", "sr"),
        ("swe", "sv"),
        ("tam", "ta"),
        ("tel", "te"),
        ("tgl", "tl"),
        ("tha", "th"),
        ("tuk", "tk"),
        ("tur", "tr"),
        ("ukr", "uk"),
        ("urd", "ur"),
        ("uzb", "uz"),
        ("vie", "vi"),
        ("yid", "yi"),
        ("zul", "zu"),
    ];
    TABLE.binary_search_by_key(&code, |e| e.0).map_or(code, |i| TABLE[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_paragraphs() {
        assert_eq!(
            detect("Dockworkers at the port walked out on Monday after talks with the operators broke down.")
                .as_deref(),
            Some("en")
        );
        assert_eq!(
            detect("Die Hafenarbeiter sind am Montag in den Streik getreten, nachdem die Gespräche gescheitert waren.")
                .as_deref(),
            Some("de")
        );
        assert_eq!(
            detect(
                "Les dockers du port se sont mis en grève lundi après l'échec des négociations avec les opérateurs."
            )
            .as_deref(),
            Some("fr")
        );
    }

    #[test]
    fn keywords_without_function_words_are_unknown() {
        // Lower-cased English keywords, as a feed stripped of stop words carries them: a
        // trigram profile calls them some Latin-alphabet language or other.
        for text in [
            "indian navy captured pirates gulf aden saturday merchant vessel ethiopian flag commandos",
            "colts clinch playoff berth win chiefs luck throws yards quarter touchdown december",
        ] {
            assert_eq!(detect(text), None, "{text}");
        }
        assert_eq!(detect("Le port est fermé depuis lundi et les dockers restent en grève.").as_deref(), Some("fr"));
    }

    #[test]
    fn short_or_empty_text_is_unknown() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("12 34"), None);
    }

    #[test]
    fn given_codes_normalise_like_detected_ones() {
        assert_eq!(normalize("EN-gb").as_deref(), Some("en"));
        assert_eq!(normalize("deu").as_deref(), Some("de"));
        assert_eq!(normalize(" "), None);
    }

    #[test]
    fn table_is_sorted() {
        assert_eq!(iso639_1("zul"), "zu");
        assert_eq!(iso639_1("afr"), "af");
        assert_eq!(iso639_1("xyz"), "xyz");
    }
}
