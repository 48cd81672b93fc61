//! Language identification with `whatlang` (trigram profiles, no model files).
//!
//! Input: article text (only a prefix is read: a few hundred characters decide the language
//! and the cost must stay flat for long articles). Output: an ISO 639-1 code where one exists
//! ("en", "de"), else whatlang's ISO 639-3 code. Unreliable guesses on short text give `None`:
//! an unknown language never keeps two articles apart.

/// Bytes of text looked at; more rarely changes the answer and only costs time.
const PREFIX_BYTES: usize = 600;

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
    Some(iso639_1(info.lang().code()).to_string())
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
