//! Words in scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese).
//!
//! A run of such text is one "word" to a tokenizer that splits at spaces and punctuation: a
//! whole clause of Chinese would be a single feature that no other article shares. ICU's
//! dictionary word segmenter (`icu_segmenter`, the Unicode consortium's own data) cuts it into
//! words. Names transliterated into Han characters (娜迪娅, 凯萨利) are not in the dictionary
//! and come out one character at a time; such runs of single characters are read as
//! overlapping character bigrams instead, the standard indexing of CJK text (Lucene's
//! `CJKBigramFilter`): a name then still shares its bigrams with its other mentions.
//! Hangul is written with spaces between words and is left to the ordinary tokenizer.

use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};

/// Whether a character belongs to a script written without spaces between words.
pub fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x3040..=0x30FF    // hiragana, katakana
        | 0x3400..=0x4DBF    // Han extension A
        | 0x4E00..=0x9FFF    // Han
        | 0xF900..=0xFAFF) // Han compatibility
}

fn segmenter() -> WordSegmenterBorrowed<'static> {
    WordSegmenter::new_dictionary(WordBreakInvariantOptions::default())
}

/// The words of `run` (a run of letters and digits holding some unspaced-script text) as byte
/// ranges into it, in order: dictionary words of two or more characters, and for each stretch
/// of single-character pieces of two or more characters its overlapping character bigrams. A
/// lone single character is left out: most are particles and function words.
pub fn words(run: &str, out: &mut Vec<(usize, usize)>) {
    let breaks: Vec<usize> = segmenter().segment_str(run).collect();
    // Byte offsets of the single-character pieces of the current stretch, and its end.
    let mut singles: Vec<usize> = Vec::new();
    let mut singles_end = 0;
    let flush = |singles: &mut Vec<usize>, end: usize, out: &mut Vec<(usize, usize)>| {
        if singles.len() >= 2 {
            for (k, &start) in singles.iter().enumerate() {
                let stop = singles.get(k + 2).copied().unwrap_or(end);
                if k + 1 < singles.len() {
                    out.push((start, stop));
                }
            }
        }
        singles.clear();
    };
    for pair in breaks.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let piece = &run[start..end];
        let mut chars = piece.chars();
        let single = chars.next().is_some() && chars.next().is_none();
        if single && piece.chars().all(unspaced) {
            singles.push(start);
            singles_end = end;
            continue;
        }
        flush(&mut singles, singles_end, out);
        if !single && piece.chars().any(char::is_alphanumeric) {
            out.push((start, end));
        }
    }
    flush(&mut singles, singles_end, out);
}

/// The power of ten of a CJK numeral unit written after a figure: 万/萬 10⁴, 亿/億 10⁸
/// ("3800万" is 38 million); 0 for any other character.
pub fn unit_power(c: char) -> u8 {
    match c {
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => 0,
    }
}

/// A figure times 10^`power` written as the languages with thousand-based units write it
/// before "million" or "billion": 12 × 10⁸ → "1.2", 3800 × 10⁴ → "38", 5 × 10⁴ → "50". The
/// features of "12亿美元" and "1.2 billion dollars" then share their number.
pub fn short_scale(figure: &str, power: u8) -> Option<String> {
    let mut value = figure.parse::<f64>().ok()? * 10f64.powi(i32::from(power));
    if !value.is_finite() {
        return None;
    }
    while value >= 1000.0 {
        value /= 1000.0;
    }
    let text = format!("{value:.3}");
    Some(text.trim_end_matches('0').trim_end_matches('.').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(run: &str) -> Vec<&str> {
        let mut spans = Vec::new();
        words(run, &mut spans);
        spans.into_iter().map(|(s, e)| &run[s..e]).collect()
    }

    #[test]
    fn chinese_words_come_from_the_dictionary() {
        let got = split("审计发现债券存在问题");
        assert!(got.contains(&"审计") && got.contains(&"债券") && got.contains(&"问题"), "{got:?}");
    }

    #[test]
    fn names_out_of_the_dictionary_become_bigrams() {
        // An invented town written in Han characters: the dictionary cuts it into single
        // characters; its bigrams are what another mention of it shares.
        let got = split("渡轮在凯萨利海峡倾覆");
        assert!(got.contains(&"渡轮") && got.contains(&"海峡"), "{got:?}");
        assert!(got.contains(&"凯萨") && got.contains(&"萨利"), "{got:?}");
        assert!(!got.iter().any(|w| w.chars().count() == 1), "{got:?}");
    }

    #[test]
    fn thai_and_japanese_are_cut_into_words() {
        let thai = split("นายกรัฐมนตรีประกาศลาออก");
        assert!(thai.len() >= 3 && thai.contains(&"ประกาศ"), "{thai:?}");
        let japanese = split("東京都は新しい地震対策を発表した");
        assert!(japanese.contains(&"地震") && japanese.contains(&"発表"), "{japanese:?}");
    }

    #[test]
    fn figures_with_cjk_units_are_written_on_the_thousands_scale() {
        assert_eq!(short_scale("12", unit_power('亿')).as_deref(), Some("1.2"));
        assert_eq!(short_scale("3800", unit_power('万')).as_deref(), Some("38"));
        assert_eq!(short_scale("5", unit_power('萬')).as_deref(), Some("50"));
        assert_eq!(short_scale("1.5", unit_power('億')).as_deref(), Some("150"));
        assert_eq!(unit_power('人'), 0);
        assert_eq!(short_scale("x", 4), None);
    }

    #[test]
    fn spans_are_character_boundaries_in_order() {
        let run = "ไทย中文テスト";
        let mut spans = Vec::new();
        words(run, &mut spans);
        assert!(spans.windows(2).all(|w| w[0].0 <= w[1].0));
        assert!(spans.iter().all(|&(s, e)| run.is_char_boundary(s) && run.is_char_boundary(e) && s < e));
    }
}
