//! People named in Han characters or kana (issue 17).
//!
//! Chinese and Japanese write a foreign name syllable by syllable and put an interpunct
//! between its given name and its family name (娜迪娅·卡里莫娃, ナディア・カリモワ): the
//! interpunct marks the name, and its two halves are matched by sound to a person the story's
//! cased articles name (given name and family name both, so a chance match of one half does
//! not count). Neither script tells r from l (卡里莫娃 reads Ka-li-mo-wa for Karimova), so the
//! consonant skeletons ([`skeleton`]) are compared with r and l alike. A family name found so
//! is then a mention wherever the story writes it alone.

use super::mentions::{add_in_order, push, Mention};
use crate::text::phonetic::{is_cjk, skeleton};
use newsdesk_model::{Article, EntityKind};
use std::collections::HashMap;

/// The separators Chinese (U+00B7) and Japanese (U+30FB) write inside a foreign name.
const INTERPUNCTS: [char; 2] = ['·', '・'];
/// Characters looked at on each side of an interpunct: a given name is rarely written with
/// more than four syllables, a family name with more than six.
const GIVEN_MAX: usize = 4;
const FAMILY_MAX: usize = 6;

/// A skeleton with r and l one class, as scripts without that distinction write names.
fn sound(word: &str) -> String {
    let mut out = String::new();
    for c in skeleton(word).chars().map(|c| if c == 'R' { 'L' } else { c }) {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Why a name written in these scripts is the person `name`.
pub fn reason(name: &str, variant: &str) -> String {
    let family = variant.rsplit(INTERPUNCTS).next().unwrap_or(variant);
    format!(
        "{name} written syllable by syllable in another script (family name of consonants {}, r and l alike)",
        sound(family)
    )
}

/// Adds mentions of the story's people written in Han characters or kana.
pub fn han(articles: &[Article], out: &mut Vec<Mention>) {
    let has_interpunct = |t: &str| t.contains(INTERPUNCTS);
    if !articles.iter().any(|a| a.sentences.iter().any(|s| has_interpunct(&s.text))) {
        return;
    }
    // Family-name sound → (given-name sound, the full name as the cased articles write it
    // most often: "Nadia Karimova" rather than the Czech genitive "Nadie Karimovové").
    // Most people carry no kind yet (the table votes it later): only other kinds are left out.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for m in out.iter().filter(|m| m.kind.is_none_or(|k| k == EntityKind::Person)) {
        if m.words() >= 2 && m.text.chars().any(char::is_uppercase) {
            *counts.entry(m.text.as_str()).or_default() += 1;
        }
    }
    let mut names: Vec<(&str, usize)> = counts.into_iter().collect();
    names.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut people: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for (name, _) in names {
        let words: Vec<&str> = name.split_whitespace().collect();
        if let [given, .., family] = words[..] {
            let key = sound(family);
            let given = sound(given);
            let entry = people.entry(key.clone()).or_default();
            if key.len() >= 3 && !entry.iter().any(|(g, _)| *g == given) {
                entry.push((given, name.to_string()));
            }
        }
    }
    if people.is_empty() {
        return;
    }
    let mut added = Vec::new();
    // Family names as written in these scripts → the full name they were matched to.
    let mut families: HashMap<String, String> = HashMap::new();
    for (ai, a) in articles.iter().enumerate() {
        for (si, s) in a.sentences.iter().enumerate().filter(|(_, s)| has_interpunct(&s.text)) {
            for (at, dot) in s.text.match_indices(INTERPUNCTS) {
                let before: Vec<(usize, char)> =
                    s.text[..at].char_indices().rev().take_while(|&(_, c)| is_cjk(c)).take(GIVEN_MAX).collect();
                let after_start = at + dot.len();
                let after: Vec<(usize, char)> = s.text[after_start..]
                    .char_indices()
                    .take_while(|&(_, c)| is_cjk(c))
                    .take(FAMILY_MAX)
                    .map(|(i, c)| (after_start + i, c))
                    .collect();
                // The longest family name, then the longest given name, that sound like a
                // person of the story.
                let found = (2..=after.len()).rev().find_map(|f| {
                    let family_end = after[f - 1].0 + after[f - 1].1.len_utf8();
                    let candidates = people.get(&sound(&s.text[after_start..family_end]))?;
                    (1..=before.len()).rev().find_map(|g| {
                        let given_start = before[g - 1].0;
                        let given = sound(&s.text[given_start..at]);
                        let (_, name) = candidates.iter().find(|(sound, _)| !sound.is_empty() && *sound == given)?;
                        Some((given_start, family_end, name.clone()))
                    })
                });
                if let Some((start, end, name)) = found {
                    families.insert(s.text[after_start..end].to_string(), name.clone());
                    push(&s.text, start..end, "", EntityKind::Person, ai, si, &mut added);
                    if let Some(m) = added.last_mut() {
                        m.matched = Some(name);
                    }
                }
            }
        }
    }
    // The family names found, wherever the story writes them alone.
    for (ai, a) in articles.iter().enumerate() {
        for (si, s) in a.sentences.iter().enumerate() {
            for (family, name) in &families {
                for (at, _) in s.text.match_indices(family.as_str()) {
                    let range = at..at + family.len();
                    let taken = added.iter().chain(out.iter()).any(|m: &Mention| {
                        m.article == ai
                            && m.sentence == si
                            && !m.in_caption
                            && m.range.start < range.end
                            && range.start < m.range.end
                    });
                    if !taken {
                        push(&s.text, range, "", EntityKind::Person, ai, si, &mut added);
                        if let Some(m) = added.last_mut() {
                            m.matched = Some(name.clone());
                        }
                    }
                }
            }
        }
    }
    add_in_order(out, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_and_latin_spellings_sound_alike_with_r_and_l_as_one() {
        assert_eq!(sound("卡里莫娃"), sound("Karimova"));
        assert_eq!(sound("别克托夫"), sound("Beketov"));
        assert_eq!(sound("娜迪娅"), sound("Nadia"));
        assert_ne!(sound("卡里莫娃"), sound("Kamenova"));
        assert_eq!(sound("鲁斯塔姆"), sound("Rustam"), "{}", deunicode::deunicode("鲁斯塔姆"));
    }
}
