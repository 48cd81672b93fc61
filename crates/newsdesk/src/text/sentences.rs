//! Sentence splitting. `sentencex` handles abbreviations ("U.S.", "Mr.", "a.m."), initials,
//! decimals and quotes; this wrapper normalises whitespace and repairs what news dumps
//! still break: fragments with no letters and splits inside an unfinished quotation.

use super::normalize_space;

/// Splits one paragraph into sentences, whitespace-normalised, none empty.
pub fn split_sentences(paragraph: &str) -> Vec<String> {
    let paragraph = normalize_space(paragraph);
    let mut out: Vec<String> = Vec::new();
    for piece in segment(&paragraph) {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(prev) if should_join(prev, piece) => {
                prev.push(' ');
                prev.push_str(piece);
            }
            _ => out.push(piece.to_string()),
        }
    }
    // `said. "We will …` with the quotation left open to the next paragraph: the splitter
    // reads the lone straight mark as closing the sentence before; it opens the next one.
    for i in 1..out.len() {
        if out[i - 1].ends_with(" \"") {
            let prev = &mut out[i - 1];
            prev.truncate(prev.len() - 2);
            out[i].insert(0, '"');
        }
    }
    out
}

/// `sentencex::segment("en", text)` without its per-call language lookup (which builds a hash
/// set); texts over its chunking threshold still go through it.
fn segment(text: &str) -> Vec<&str> {
    use sentencex::languages::{English, Language};
    // `sentencex::segment` splits texts above 10 KiB into chunks first.
    const CHUNK_SIZE: usize = 10 * 1024;
    if text.len() > CHUNK_SIZE {
        sentencex::segment("en", text)
    } else {
        English {}.segment(text)
    }
}

/// Joins a piece to the previous sentence when it cannot stand alone: no letters at all
/// ("(10)", "…"), a lowercase start (a false split, common in machine translation), a previous
/// piece that is a lone abbreviation ("U.S."), an open quotation, or an attribution that
/// belongs to the quotation just closed ("… NATO?” / Riabkov said, …").
fn should_join(prev: &str, piece: &str) -> bool {
    let no_letters = !piece.chars().any(char::is_alphabetic);
    let lowercase_start = piece.chars().next().is_some_and(char::is_lowercase);
    let lone_abbreviation = !prev.contains(' ') && prev.len() <= 6;
    let attribution =
        (prev.ends_with(['”', '"', '»', '“', '’']) || prev.ends_with("''")) && ATTRIBUTION.is_match(piece);
    no_letters || lowercase_start || lone_abbreviation || attribution || open_quote(prev) || clock_then_day(prev, piece)
}

/// "… at about 6:15 p.m." / "Tuesday, police said.": a time's "p.m." is no sentence end when a
/// weekday or month follows.
fn clock_then_day(prev: &str, piece: &str) -> bool {
    let lower = prev.to_ascii_lowercase();
    if !(lower.ends_with("a.m.") || lower.ends_with("p.m.")) {
        return false;
    }
    let first = piece.split_whitespace().next().unwrap_or("").trim_end_matches([',', '.', ';']);
    first.parse::<chrono::Weekday>().is_ok() || crate::dates::month_number(first).is_some()
}

/// A piece that is only an attribution: "Riabkov said, …", "he added.", "Russian President
/// Vladimir Putin responded."
static ATTRIBUTION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    super::regex(&format!(
        r#"^(?:(?:[\p{{Lu}}][\p{{L}}.’'-]*\s+){{1,6}}|(?:he|she|they|it)\s+)(?:\w+ly\s+)?(?:{})\b[^“"]{{0,200}}$"#,
        super::speech_verbs()
    ))
});

/// True when `s` opens a curly quotation it does not close.
fn open_quote(s: &str) -> bool {
    let opens = s.matches('“').count();
    let closes = s.matches('”').count();
    opens > closes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_and_initials() {
        let s = split_sentences("Mr Smith met the U.S. envoy at 9 a.m. local time. J. R. Smith arrived! Gen. Lee spoke to the U.N. on Jan. 5. It cost $3.5 million.");
        assert_eq!(
            s,
            [
                "Mr Smith met the U.S. envoy at 9 a.m. local time.",
                "J. R. Smith arrived!",
                "Gen. Lee spoke to the U.N. on Jan. 5.",
                "It cost $3.5 million."
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_attribution() {
        let s =
            split_sentences("“I doubt anything will change,” said Ana. \"Are you willing?\" he asked. Then they left.");
        assert_eq!(
            s,
            ["“I doubt anything will change,” said Ana.", "\"Are you willing?\" he asked.", "Then they left."]
        );
    }

    #[test]
    fn a_straight_mark_left_open_opens_the_next_sentence() {
        let s = split_sentences("\"It is not over,\" Brenner said. \"We will be back.");
        assert_eq!(s, ["\"It is not over,\" Brenner said.", "\"We will be back."]);
    }

    #[test]
    fn quoted_sentence_inside_curly_quotes_is_one_sentence() {
        let s = split_sentences("“We met. We talked,” she said. Later, nothing.");
        assert_eq!(s, ["“We met. We talked,” she said.", "Later, nothing."]);
    }

    #[test]
    fn ellipsis_and_odd_spacing() {
        let s = split_sentences("The Americans …  should have   no illusions, he said.  Officials   met.");
        assert_eq!(s, ["The Americans … should have no illusions, he said.", "Officials met."]);
    }

    #[test]
    fn false_splits_are_repaired() {
        let s = split_sentences("U.S. Under Secretary Ana Ruiz attends talks. They amassed troops along the way. eastern flank of the border.");
        assert_eq!(
            s,
            [
                "U.S. Under Secretary Ana Ruiz attends talks.",
                "They amassed troops along the way. eastern flank of the border."
            ]
        );
        let s = split_sentences("“Are you willing to give guarantees?” Ruiz said, referring to a promise. “Sanctions could lead to a “breakdown.” Port chief Pieter Jansen responded.");
        assert_eq!(s.len(), 2, "{s:?}");
        let s = split_sentences("Sanctions could lead to a “complete breakdown in ties.” Russian President Ivan Petrov responded. Talks went on.");
        assert_eq!(
            s,
            [
                "Sanctions could lead to a “complete breakdown in ties.” Russian President Ivan Petrov responded.",
                "Talks went on."
            ]
        );
    }

    #[test]
    fn titles_times_and_names_at_a_sentence_end() {
        let s = split_sentences("Ms. Whitcombe told reporters it was a precaution. Mr. Whitcombe agreed.");
        assert_eq!(s, ["Ms. Whitcombe told reporters it was a precaution.", "Mr. Whitcombe agreed."]);
        let s = split_sentences("The bridge collapsed at about 6:15 p.m. Tuesday, police said. Nobody died.");
        assert_eq!(s, ["The bridge collapsed at about 6:15 p.m. Tuesday, police said.", "Nobody died."]);
        let s = split_sentences("The call came from Tomas Ferreira. He said he ran. Dr. J.R. Halbrook built it.");
        assert_eq!(s, ["The call came from Tomas Ferreira.", "He said he ran.", "Dr. J.R. Halbrook built it."]);
        let s = split_sentences("``It fell,'' said Tom. ``Then it was gone.''");
        assert_eq!(s, ["``It fell,'' said Tom.", "``Then it was gone.''"]);
    }

    #[test]
    fn machine_translation_oddities() {
        let s = split_sentences("He stated last Fridaythat it is good . Talks begin on Monday (10) in Geneva.");
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[1].starts_with("Talks begin on Monday (10)"));
    }
}
