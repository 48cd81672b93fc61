//! Numbers as features: figures written with digits ("4,500" → "4500"; "3800万" → "38", as
//! "38 million" gives) and spelt-out numbers ("twenty" → "20").

use super::Kind;
use crate::text::segment;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// The feature text of a figure of digits (with `,` and `.` inside) and the power of ten of
/// the CJK unit written after it (0 for none): thousands separators dropped, leading zeros
/// trimmed; `None` for a figure of one digit (too common to tell stories apart).
pub(super) fn figure(token: &str, power: u8) -> Option<String> {
    let mut number: String = token.chars().filter(|&c| c != ',').collect();
    if power > 0 {
        number = segment::short_scale(&number, power).unwrap_or(number);
    }
    let number = number.trim_start_matches('0');
    (number.len() >= 2).then(|| number.to_string())
}

/// Spelt-out numbers from ten up, as the digits the same number has when written as a figure
/// ("eleventh" is "11th", "twenty" is "20"): outlets write one figure both ways ("the 11th
/// Doctor", "the eleventh Doctor"). Below ten, words are too common in other senses ("first",
/// "second"), and figures below ten are not features anyway.
pub(super) fn number_word(lower: &str) -> Option<(Kind, &'static str)> {
    const WORDS: &str = "ten 10 eleven 11 twelve 12 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 \
        eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 \
        tenth 10th eleventh 11th twelfth 12th thirteenth 13th fourteenth 14th fifteenth 15th sixteenth 16th \
        seventeenth 17th eighteenth 18th nineteenth 19th twentieth 20th thirtieth 30th fortieth 40th \
        fiftieth 50th sixtieth 60th seventieth 70th eightieth 80th ninetieth 90th";
    static TABLE: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
        let words: Vec<&str> = WORDS.split_whitespace().collect();
        words.chunks_exact(2).map(|pair| (pair[0], pair[1])).collect()
    });
    // A figure with a suffix ("11th") is a word feature, as the tokenizer makes "11th" itself.
    TABLE.get(lower).map(|&figure| (if figure.ends_with("th") { Kind::Word } else { Kind::Number }, figure))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_with_and_without_units() {
        assert_eq!(figure("4,500", 0).as_deref(), Some("4500"));
        assert_eq!(figure("7", 0), None);
        // "12亿美元" and "1.2 billion dollars", "3800万" and "38 million".
        assert_eq!(figure("12", 8).as_deref(), Some("1.2"));
        assert_eq!(figure("3800", 4).as_deref(), Some("38"));
    }
}
