//! ROUGE-1, ROUGE-2 and ROUGE-L with the semantics of Google's `rouge-score` package.
//!
//! Input: a reference text and a candidate text. Output: precision, recall and F for each
//! measure. Tokenisation is rouge-score's: lowercase, every character outside `[a-z0-9]`
//! becomes a space, and (when stemming) tokens longer than three characters go through
//! NLTK's Porter stemmer in its default `NLTK_EXTENSIONS` mode, ported below. Snowball
//! (rust-stemmers' English) differs on many words ("generous", "news", "dying"), enough to
//! move scores, so it is not used here. ROUGE-L is the LCS of the two whole token
//! sequences (rouge-score's `rougeL`, not the sentence-split `rougeLsum`).
//!
//! ```
//! use newsdesk::eval::rouge;
//! let s = rouge::score("The cats sat on the mat.", "A cat sat on a mat", true);
//! assert!((s.rouge1.recall - 4.0 / 6.0).abs() < 1e-9);
//! ```

use std::collections::HashMap;

/// Precision, recall and F-measure of one ROUGE measure, each in `0..=1`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    /// Matches over candidate units.
    pub precision: f64,
    /// Matches over reference units.
    pub recall: f64,
    /// Harmonic mean of precision and recall (0 when both are 0).
    pub f: f64,
}

impl Score {
    fn new(matches: usize, candidate: usize, reference: usize) -> Self {
        let precision = matches as f64 / candidate.max(1) as f64;
        let recall = matches as f64 / reference.max(1) as f64;
        let f = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Self { precision, recall, f }
    }
}

/// The three measures the summary evaluation reports.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RougeScores {
    /// Unigram overlap.
    pub rouge1: Score,
    /// Bigram overlap.
    pub rouge2: Score,
    /// Longest common subsequence over the whole texts.
    pub rouge_l: Score,
}

/// Scores `candidate` against one `reference`.
pub fn score(reference: &str, candidate: &str, stem: bool) -> RougeScores {
    let r = tokenize(reference, stem);
    let c = tokenize(candidate, stem);
    RougeScores { rouge1: ngram_score(&r, &c, 1), rouge2: ngram_score(&r, &c, 2), rouge_l: lcs_score(&r, &c) }
}

/// Scores `candidate` against several references, keeping for each measure the reference
/// with the best F (rouge-score's `score_multi`). All zero when there is no reference.
pub fn score_multi(references: &[String], candidate: &str, stem: bool) -> RougeScores {
    let all: Vec<RougeScores> = references.iter().map(|r| score(r, candidate, stem)).collect();
    let best = |get: fn(&RougeScores) -> Score| {
        // First maximum, as numpy's argmax.
        all.iter().map(get).fold(None, |b: Option<Score>, s| match b {
            Some(b) if b.f >= s.f => Some(b),
            _ => Some(s),
        })
    };
    RougeScores {
        rouge1: best(|s| s.rouge1).unwrap_or_default(),
        rouge2: best(|s| s.rouge2).unwrap_or_default(),
        rouge_l: best(|s| s.rouge_l).unwrap_or_default(),
    }
}

/// rouge-score's tokens: lowercase `[a-z0-9]+` runs, Porter-stemmed when longer than three
/// characters and `stem` is set.
pub fn tokenize(text: &str, stem: bool) -> Vec<String> {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|t| !t.is_empty())
        .map(|t| if stem && t.len() > 3 { porter::stem(t) } else { t.to_string() })
        .collect()
}

fn ngram_score(reference: &[String], candidate: &[String], n: usize) -> Score {
    let (r, c) = (ngrams(reference, n), ngrams(candidate, n));
    let matches: usize = r.iter().map(|(g, &k)| k.min(c.get(g).copied().unwrap_or(0))).sum();
    let total = |m: &HashMap<&[String], usize>| m.values().sum::<usize>();
    Score::new(matches, total(&c), total(&r))
}

fn ngrams(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut m: HashMap<&[String], usize> = HashMap::new();
    for g in tokens.windows(n) {
        *m.entry(g).or_default() += 1;
    }
    m
}

fn lcs_score(reference: &[String], candidate: &[String]) -> Score {
    if reference.is_empty() || candidate.is_empty() {
        return Score::default();
    }
    // Two rows of the usual table suffice for the length.
    let mut prev = vec![0usize; candidate.len() + 1];
    let mut row = vec![0usize; candidate.len() + 1];
    for r in reference {
        for (j, c) in candidate.iter().enumerate() {
            row[j + 1] = if r == c { prev[j] + 1 } else { prev[j + 1].max(row[j]) };
        }
        std::mem::swap(&mut prev, &mut row);
    }
    Score::new(prev[candidate.len()], candidate.len(), reference.len())
}

/// NLTK's `PorterStemmer()` (mode `NLTK_EXTENSIONS`) for lowercase ASCII words, step for step.
pub mod porter {
    /// Irregular forms NLTK maps directly.
    const POOL: &[(&str, &str)] = &[
        ("sky", "sky"),
        ("skies", "sky"),
        ("dying", "die"),
        ("lying", "lie"),
        ("tying", "tie"),
        ("news", "news"),
        ("innings", "inning"),
        ("inning", "inning"),
        ("outings", "outing"),
        ("outing", "outing"),
        ("cannings", "canning"),
        ("canning", "canning"),
        ("howe", "howe"),
        ("proceed", "proceed"),
        ("exceed", "exceed"),
        ("succeed", "succeed"),
    ];

    /// The stem of a lowercase ASCII word (other input is returned unchanged).
    pub fn stem(word: &str) -> String {
        if let Some((_, s)) = POOL.iter().find(|(w, _)| *w == word) {
            return (*s).to_string();
        }
        if word.len() <= 2 || !word.is_ascii() {
            return word.to_string();
        }
        let mut w = word.as_bytes().to_vec();
        step1a(&mut w);
        step1b(&mut w);
        step1c(&mut w);
        step2(&mut w);
        step3(&mut w);
        step4(&mut w);
        step5a(&mut w);
        step5b(&mut w);
        String::from_utf8(w).unwrap_or_else(|_| word.to_string())
    }

    fn is_vowel(b: u8) -> bool {
        matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
    }

    /// Consonant flags: `y` is a consonant at the start or after a vowel.
    fn flags(w: &[u8]) -> Vec<bool> {
        let mut f: Vec<bool> = Vec::with_capacity(w.len());
        for (i, &b) in w.iter().enumerate() {
            let c = if is_vowel(b) {
                false
            } else if b == b'y' {
                i == 0 || !f[i - 1]
            } else {
                true
            };
            f.push(c);
        }
        f
    }

    fn cons(w: &[u8], i: usize) -> bool {
        flags(&w[..=i])[i]
    }

    fn measure(w: &[u8]) -> usize {
        let f = flags(w);
        f.windows(2).filter(|p| !p[0] && p[1]).count()
    }

    fn has_vowel(w: &[u8]) -> bool {
        flags(w).iter().any(|c| !c)
    }

    fn double_cons(w: &[u8]) -> bool {
        let n = w.len();
        n >= 2 && w[n - 1] == w[n - 2] && cons(w, n - 1)
    }

    fn cvc(w: &[u8]) -> bool {
        let n = w.len();
        (n >= 3 && cons(w, n - 3) && !cons(w, n - 2) && cons(w, n - 1) && !matches!(w[n - 1], b'w' | b'x' | b'y'))
            || (n == 2 && !cons(w, 0) && cons(w, 1))
    }

    type Cond<'a> = &'a dyn Fn(&[u8]) -> bool;

    /// The first rule whose suffix matches decides: replaced if its condition holds on the
    /// stem, else the word stays as it is (NLTK's `_apply_rule_list`).
    fn apply(w: &mut Vec<u8>, rules: &[(&str, &str, Option<Cond>)]) {
        for (suffix, replacement, cond) in rules {
            if w.ends_with(suffix.as_bytes()) {
                let stem_len = w.len() - suffix.len();
                if cond.is_none_or(|c| c(&w[..stem_len])) {
                    w.truncate(stem_len);
                    w.extend_from_slice(replacement.as_bytes());
                }
                return;
            }
        }
    }

    fn positive(s: &[u8]) -> bool {
        measure(s) > 0
    }

    fn above_one(s: &[u8]) -> bool {
        measure(s) > 1
    }

    fn step1a(w: &mut Vec<u8>) {
        if w.ends_with(b"ies") && w.len() == 4 {
            w.truncate(1);
            w.extend_from_slice(b"ie");
            return;
        }
        apply(w, &[("sses", "ss", None), ("ies", "i", None), ("ss", "ss", None), ("s", "", None)]);
    }

    fn step1b(w: &mut Vec<u8>) {
        if w.ends_with(b"ied") {
            let n = w.len();
            w.truncate(n - 3);
            w.extend_from_slice(if n == 4 { b"ie" } else { b"i" });
            return;
        }
        if w.ends_with(b"eed") {
            if measure(&w[..w.len() - 3]) > 0 {
                w.pop();
            }
            return;
        }
        let mut stem: Option<Vec<u8>> = None;
        for suffix in [&b"ed"[..], b"ing"] {
            if w.ends_with(suffix) && has_vowel(&w[..w.len() - suffix.len()]) {
                stem = Some(w[..w.len() - suffix.len()].to_vec());
                break;
            }
        }
        let Some(mut s) = stem else { return };
        if s.ends_with(b"at") || s.ends_with(b"bl") || s.ends_with(b"iz") {
            s.push(b'e');
        } else if double_cons(&s) {
            if !matches!(s[s.len() - 1], b'l' | b's' | b'z') {
                s.pop();
            }
        } else if measure(&s) == 1 && cvc(&s) {
            s.push(b'e');
        }
        *w = s;
    }

    fn step1c(w: &mut Vec<u8>) {
        let cond = |s: &[u8]| s.len() > 1 && cons(s, s.len() - 1);
        apply(w, &[("y", "i", Some(&cond))]);
    }

    fn step2(w: &mut Vec<u8>) {
        if w.ends_with(b"alli") && positive(&w[..w.len() - 4]) {
            w.truncate(w.len() - 2);
            return step2(w);
        }
        let word = w.clone();
        let logi = move |_: &[u8]| positive(&word[..word.len().saturating_sub(3)]);
        let p: Cond = &positive;
        apply(
            w,
            &[
                ("ational", "ate", Some(p)),
                ("tional", "tion", Some(p)),
                ("enci", "ence", Some(p)),
                ("anci", "ance", Some(p)),
                ("izer", "ize", Some(p)),
                ("bli", "ble", Some(p)),
                ("alli", "al", Some(p)),
                ("entli", "ent", Some(p)),
                ("eli", "e", Some(p)),
                ("ousli", "ous", Some(p)),
                ("ization", "ize", Some(p)),
                ("ation", "ate", Some(p)),
                ("ator", "ate", Some(p)),
                ("alism", "al", Some(p)),
                ("iveness", "ive", Some(p)),
                ("fulness", "ful", Some(p)),
                ("ousness", "ous", Some(p)),
                ("aliti", "al", Some(p)),
                ("iviti", "ive", Some(p)),
                ("biliti", "ble", Some(p)),
                ("fulli", "ful", Some(p)),
                ("logi", "log", Some(&logi)),
            ],
        );
    }

    fn step3(w: &mut Vec<u8>) {
        let p: Cond = &positive;
        apply(
            w,
            &[
                ("icate", "ic", Some(p)),
                ("ative", "", Some(p)),
                ("alize", "al", Some(p)),
                ("iciti", "ic", Some(p)),
                ("ical", "ic", Some(p)),
                ("ful", "", Some(p)),
                ("ness", "", Some(p)),
            ],
        );
    }

    fn step4(w: &mut Vec<u8>) {
        let m: Cond = &above_one;
        let ion = |s: &[u8]| above_one(s) && matches!(s.last(), Some(b's' | b't'));
        let rules: Vec<(&str, &str, Option<Cond>)> = [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
            "iti", "ous", "ive", "ize",
        ]
        .into_iter()
        .map(|s| (s, "", Some(if s == "ion" { &ion as Cond } else { m })))
        .collect();
        apply(w, &rules);
    }

    fn step5a(w: &mut Vec<u8>) {
        if w.ends_with(b"e") {
            let s = &w[..w.len() - 1];
            let m = measure(s);
            if m > 1 || (m == 1 && !cvc(s)) {
                w.pop();
            }
        }
    }

    fn step5b(w: &mut Vec<u8>) {
        if w.ends_with(b"ll") && measure(&w[..w.len() - 1]) > 1 {
            w.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn porter_matches_nltk_on_known_words() {
        // Expected values printed by nltk.stem.PorterStemmer().stem(word).
        for (w, s) in [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("ties", "tie"),
            ("cats", "cat"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("motoring", "motor"),
            ("hopping", "hop"),
            ("falling", "fall"),
            ("filing", "file"),
            ("happy", "happi"),
            ("enjoy", "enjoy"),
            ("relational", "relat"),
            ("generously", "gener"),
            ("dying", "die"),
            ("news", "news"),
            ("analogousli", "analog"),
            ("controll", "control"),
            ("electricity", "electr"),
            ("officials", "offici"),
            ("president", "presid"),
            ("skies", "sky"),
            ("spied", "spi"),
            ("radically", "radic"),
            ("archaeology", "archaeolog"),
        ] {
            assert_eq!(porter::stem(w), s, "{w}");
        }
    }

    #[test]
    fn tokens_follow_rouge_score() {
        assert_eq!(tokenize("U.S. officials' $3.5bn — Café!", false), ["u", "s", "officials", "3", "5bn", "caf"]);
        assert_eq!(tokenize("Officials were running", true), ["offici", "were", "run"]);
    }

    #[test]
    fn ngram_and_lcs_counts() {
        let s = score("the cat was found under the bed", "the cat was under the bed", false);
        assert!((s.rouge1.precision - 1.0).abs() < 1e-9);
        assert!((s.rouge1.recall - 6.0 / 7.0).abs() < 1e-9);
        assert!((s.rouge2.recall - 4.0 / 6.0).abs() < 1e-9);
        assert!((s.rouge_l.recall - 6.0 / 7.0).abs() < 1e-9);
        assert_eq!(score("", "anything", true), RougeScores::default());
        let multi = score_multi(&["a b c".into(), "x y z".into()], "x y z", false);
        assert_eq!(multi.rouge1.f, 1.0);
    }
}
