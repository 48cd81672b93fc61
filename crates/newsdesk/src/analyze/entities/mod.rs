//! Entities: mentions merged into one entry per real person, organisation or place.
//!
//! Merge rules, each leaving a reason on the variant it merges:
//! - gazetteer aliases ("U.S." → United States) and acronyms to their expansions, either
//!   written out ("… in Europe (OSCE)") or by initials; dotted acronyms ("U.N.") as plain;
//! - a full name to another whose surname has the same spelling key and whose given name is
//!   compatible: spelling (Sergei Ryabkov / Sergei Riabkov), a variant of one name (Bill /
//!   William) or an initial (J. / Jens);
//! - a single name to the one person of the story with that surname; when two people share
//!   it (Maria and Pieter Jansen), to the one last named in full in the same article, else
//!   to nobody. Two people are never merged on a shared surname or given name alone;
//! - a single name that is the first word of exactly one person's full name and nobody's
//!   surname: a family name written first ("Xi Jinping" / "Xi") or a given name;
//! - a single name that is the distinctive word of exactly one longer name ("Church of
//!   Scientology" / "Scientology");
//! - across languages and scripts (issue 17), when one of the two is written in an article
//!   not in English: names whose words have one consonant skeleton
//!   ([`crate::text::phonetic::skeleton`]: Karimova, Karimovová, Каримова, كريموفا), the reason
//!   naming the skeleton. Case endings are vowels, so declined forms (Бахыта Оралова) agree.
//!
//! The kind of a group is the gazetteer's when it knows the name, person for full names of
//! people, else the kind most of its mentions were tagged with.

use super::gazetteer::{gazetteer, is_org_word, is_title_word};
use super::mentions::Mention;
use super::names::{
    acronym_key, across, adjacent_swaps, distinctive, given_name_variants, given_names_compatible, initials,
    is_given_name, one_letter_variants, place_qualified, sounds, sounds_alike, spelling_key, spelt_alike, title_case,
    word_bag,
};
use super::span_words::is_given_name_word;
use crate::text::phonetic::skeleton;
use newsdesk_model::{Article, Entity, EntityKind};
use std::collections::BTreeMap;
use table::finish;

mod table;

/// The entities of a story and which entity each mention belongs to.
#[derive(Debug, Default)]
pub struct EntityTable {
    /// The entities, most mentioned first.
    pub entities: Vec<Entity>,
    /// For each mention (same order as the input), the index of its entity.
    pub of_mention: Vec<Option<usize>>,
}

/// A group of mentions under construction.
struct Group {
    kind: Option<EntityKind>,
    name: Option<String>,
    mentions: Vec<usize>,
    why: BTreeMap<String, String>,
    given: Option<String>,
    surname_key: Option<String>,
    /// Named by the gazetteer: its kind is known, not voted.
    known: bool,
    /// Holds a mention from an article not in English.
    foreign: bool,
    /// The distinct last words of its mentions (how each script spells it).
    lasts: Vec<String>,
}

impl Group {
    fn new(kind: Option<EntityKind>) -> Self {
        Self {
            kind,
            name: None,
            mentions: Vec::new(),
            why: BTreeMap::new(),
            given: None,
            surname_key: None,
            known: false,
            foreign: false,
            lasts: Vec::new(),
        }
    }

    fn add(&mut self, i: usize, m: &Mention, foreign: bool) {
        self.mentions.push(i);
        self.foreign |= foreign;
        if !self.lasts.iter().any(|l| l == m.last_word()) {
            self.lasts.push(m.last_word().to_string());
        }
    }
}

/// The one person whose surname key is one letter away from `key` (a letter added, dropped
/// or changed), if exactly one is.
fn near_surname(index: &BTreeMap<String, Vec<usize>>, key: &str) -> Option<usize> {
    if key.chars().count() < 5 {
        return None;
    }
    let mut found: Vec<usize> =
        one_letter_variants(key).iter().filter_map(|v| index.get(v)).flatten().copied().collect();
    found.sort_unstable();
    found.dedup();
    if let [g] = found.as_slice() {
        Some(*g)
    } else {
        None
    }
}

/// Whether two names, read as plain lowercase letters, are one letter added, dropped or
/// changed apart (not two: "Slater" is not "Larter").
fn one_letter_apart(a: &str, b: &str) -> bool {
    let plain = |s: &str| deunicode::deunicode(s).to_lowercase();
    strsim::levenshtein(&plain(a), &plain(b)) <= 1
}

/// Builds the entity table from the story's mentions; `foreign`: per article, whether it is
/// not in English.
pub fn build(articles: &[Article], mentions: &[Mention], foreign: &[bool]) -> EntityTable {
    let mut groups: Vec<Group> = Vec::new();
    let mut of: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();

    // 1. Known names, acronyms and multi-word names of things: one group per canonical name,
    //    acronym or set of words.
    // A word in capitals the story also writes as a name ("KARSU" in a dateline, "Karsu") is
    // that name, not an acronym.
    let written: std::collections::HashSet<&str> = mentions.iter().map(|m| m.text.as_str()).collect();
    let shouted = |m: &Mention| m.text.chars().count() >= 4 && written.contains(title_case(&m.text).as_str());
    let acronyms: BTreeMap<String, usize> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.words() == 1 && m.known.is_none() && !shouted(m))
        .filter_map(|(i, m)| acronym_key(&m.text).map(|a| (a, i)))
        .collect();
    // Expansions the articles define explicitly ("… Federation (ITF)"), by their word bag.
    let expansions: BTreeMap<String, String> = mentions
        .iter()
        .filter(|m| m.kind != Some(EntityKind::Person) && m.words() >= 2)
        .filter_map(|m| explicit_acronym(articles, m).map(|a| (word_bag(&m.text), a)))
        .collect();
    // Known names whose initials an acronym of the story spells ("Los Angeles" / "LA").
    let known_initials: BTreeMap<String, String> = mentions
        .iter()
        .filter(|m| m.words() >= 2)
        .filter_map(|m| m.known.as_ref().map(|k| (initials(&m.text), k.clone())))
        .filter(|(ini, k)| acronyms.contains_key(ini) && ini != k)
        .collect();
    // Every name written in the story, to find "US State Department" = "State Department".
    let texts: BTreeMap<&str, &Mention> = mentions.iter().map(|m| (m.text.as_str(), m)).collect();
    // Article by article: written in another language than the model's (English)?
    let foreign_group = |g: &Group| g.foreign;
    let any_foreign = foreign.iter().any(|&f| f);
    // Multi-word names of things by the skeleton of all their words (Port Sarand / Πορτ Σαράντ).
    let mut sound_of_things: BTreeMap<String, usize> = BTreeMap::new();
    // A one-word known place tagged as a person waits for step 3: a surname, or else the place.
    let deferred = |m: &Mention| m.known.is_some() && m.words() == 1 && m.kind == Some(EntityKind::Person);
    for (i, m) in mentions.iter().enumerate() {
        if deferred(m) {
            continue;
        }
        let (key, why) = if let Some(known) = &m.known {
            (format!("known:{known}"), format!("another name of {known}"))
        } else if let Some(acr) = (m.words() == 1 && !shouted(m)).then(|| acronym_key(&m.text)).flatten() {
            match known_initials.get(&acr) {
                Some(k) => (format!("known:{k}"), format!("initials of {k}")),
                None => (format!("known:{acr}"), if acr == m.text { String::new() } else { format!("acronym {acr}") }),
            }
        } else if let Some((base, place)) =
            (m.words() >= 2 && m.kind != Some(EntityKind::Person)).then(|| place_qualified(&m.text)).flatten()
        {
            // "US State Department", "Comic Corps of Canada": a name of the story with its place.
            match texts.get(base.as_str()) {
                Some(b) => {
                    let key = b
                        .known
                        .as_ref()
                        .map_or_else(|| format!("name:{}", word_bag(&b.text)), |k| format!("known:{k}"));
                    (key, format!("{} with its place, {place}", b.known.as_deref().unwrap_or(&b.text)))
                }
                None => (format!("name:{}", word_bag(&m.text)), String::new()),
            }
        } else if let Some(&g) = (m.words() >= 2 && m.kind != Some(EntityKind::Person))
            .then(|| sound_of_things.get(&skeleton(&m.text)))
            .flatten()
            .filter(|&&g| foreign[m.article] || foreign_group(&groups[g]))
        {
            let first = groups[g].mentions.first().map_or_else(String::new, |&j| mentions[j].text.clone());
            groups[g].why.entry(m.text.clone()).or_insert_with(|| across(&first, &m.text));
            groups[g].add(i, m, foreign[m.article]);
            of[i] = Some(g);
            continue;
        } else if m.words() >= 2 && m.kind != Some(EntityKind::Person) {
            let expansion_of = explicit_acronym(articles, m)
                .or_else(|| {
                    let ini = initials(&m.text);
                    acronyms.contains_key(&ini).then_some(ini)
                })
                .or_else(|| expansions.get(&word_bag(&m.text)).cloned());
            match expansion_of {
                Some(acr) => (format!("known:{acr}"), format!("written out, {acr}")),
                // Same words in another order is the same name ("Federation of Transport Workers").
                None => (format!("name:{}", word_bag(&m.text)), String::new()),
            }
        } else {
            continue;
        };
        let g = *by_key.entry(key.clone()).or_insert_with(|| {
            groups.push(Group::new(m.kind));
            groups.len() - 1
        });
        if let Some(name) = key.strip_prefix("known:") {
            groups[g].name.get_or_insert_with(|| name.to_string());
            groups[g].known = m.known.is_some() || groups[g].known;
        }
        let first = groups[g].mentions.first().map(|&j| mentions[j].text.clone());
        match first {
            Some(first) if key.starts_with("name:") && first != m.text => {
                groups[g].why.entry(m.text.clone()).or_insert(format!("same words as {first}"));
            }
            _ if !why.is_empty() => {
                groups[g].why.entry(m.text.clone()).or_insert(why);
            }
            _ => {}
        }
        if m.words() >= 2 && key.starts_with("name:") {
            sound_of_things.entry(skeleton(&m.text)).or_insert(g);
        }
        groups[g].add(i, m, foreign[m.article]);
        of[i] = Some(g);
    }

    // 2. Full names of people: surname key + compatible given name (spelling, variant,
    //    initial).
    let mut by_surname: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    // How many mentions of each text no group holds yet (kept up to date below): counted
    // once rather than by a scan of every mention per mention.
    let mut unassigned: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (_, o) in mentions.iter().enumerate().filter(|(j, _)| of[*j].is_none()) {
        *unassigned.entry(o.text.as_str()).or_default() += 1;
    }
    // The same people by the skeleton of their surname, for names across languages.
    let mut by_sound: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        // Names matched by sound to a person of the story join that person at the end.
        if of[i].is_some() || m.matched.is_some() || m.words() < 2 || m.kind.is_some_and(|k| k != EntityKind::Person) {
            continue;
        }
        // Every mention that passes the test above joins a group in this step.
        if let Some(n) = unassigned.get_mut(m.text.as_str()) {
            *n -= 1;
        }
        // A foreign name the model read as a person's that sounds like a place or thing of
        // the story ("Πορτ Σαράντ" / "Port Sarand").
        if let Some(&g) =
            sound_of_things.get(&skeleton(&m.text)).filter(|&&g| foreign[m.article] || foreign_group(&groups[g]))
        {
            let first = groups[g].mentions.first().map_or_else(String::new, |&j| mentions[j].text.clone());
            groups[g].why.entry(m.text.clone()).or_insert_with(|| across(&first, &m.text));
            groups[g].add(i, m, foreign[m.article]);
            of[i] = Some(g);
            continue;
        }
        // The very words written more often as a place or organisation ("Vell River") are that
        // name, tagged once as a person: one entity, its kind voted below.
        if let Some(&g) = by_key.get(&format!("name:{}", word_bag(&m.text))) {
            // The unassigned mentions of this text, this one included.
            let as_person = unassigned.get(m.text.as_str()).map_or(0, |n| n + 1);
            if groups[g].kind != Some(EntityKind::Person)
                && groups[g].surname_key.is_none()
                && groups[g].mentions.len() > as_person
            {
                groups[g].add(i, m, foreign[m.article]);
                of[i] = Some(g);
                continue;
            }
        }
        let words: Vec<&str> = m.name().split_whitespace().collect();
        let surname = spelling_key(words[words.len() - 1]);
        let given = words[0];
        let compatible = |g: usize| groups[g].given.as_deref().is_some_and(|gv| given_names_compatible(gv, given));
        let same_given =
            |g: usize| groups[g].given.as_deref().is_some_and(|gv| spelling_key(gv) == spelling_key(given));
        let sound = skeleton(words[words.len() - 1]);
        let mut across_languages = false;
        let found = by_surname
            .get(&surname)
            .and_then(|gs| gs.iter().copied().find(|&g| compatible(g)))
            .or_else(|| {
                // A slip of two letters in the surname ("Jazcko" / "Jaczko") under the same given name.
                adjacent_swaps(&words[words.len() - 1].to_lowercase())
                    .iter()
                    .filter_map(|k| by_surname.get(&spelling_key(k)))
                    .flat_map(|gs| gs.iter().copied())
                    .find(|&g| same_given(g))
            })
            .or_else(|| {
                // Another language or script: surname and given name of one skeleton.
                let g = sounds(words[words.len() - 1])
                    .iter()
                    .filter(|k| k.len() >= 3)
                    .filter_map(|k| by_sound.get(k))
                    .flatten()
                    .copied()
                    .find(|&g| {
                        (foreign[m.article] || foreign_group(&groups[g]))
                            && groups[g].given.as_deref().is_some_and(|gv| sounds_alike(gv, given))
                            && spelt_alike(words[words.len() - 1], groups[g].lasts.iter().map(String::as_str))
                    })?;
                across_languages = true;
                Some(g)
            });
        let g = found.unwrap_or_else(|| {
            let mut g = Group::new(m.kind);
            g.surname_key = Some(surname.clone());
            g.given = Some(given.to_string());
            groups.push(g);
            by_surname.entry(surname.clone()).or_default().push(groups.len() - 1);
            // A foreign surname is also found without its ending.
            let keys = if foreign[m.article] { sounds(words[words.len() - 1]) } else { vec![sound.clone()] };
            for k in keys {
                by_sound.entry(k).or_default().push(groups.len() - 1);
            }
            groups.len() - 1
        });
        if let Some(first) = groups[g].mentions.first().map(|&f| &mentions[f]) {
            if first.text != m.text && !groups[g].why.contains_key(&m.text) {
                let first_given = first.text.split_whitespace().next().unwrap_or("");
                let how = if spelling_key(first_given) != spelling_key(given) && given_name_variants(first_given, given)
                {
                    "given-name variant of"
                } else {
                    "spelling variant of"
                };
                let why = if across_languages {
                    across(&first.text, &m.text)
                } else {
                    format!("{how} {}{}", first.text, same_role(first, m))
                };
                groups[g].why.insert(m.text.clone(), why);
            }
        }
        groups[g].kind = Some(EntityKind::Person);
        groups[g].add(i, m, foreign[m.article]);
        of[i] = Some(g);
    }
    // People by the key of the first word of their full name: family-name-first names
    // ("Xi Jinping" / "Xi") and given names used alone.
    let mut by_first: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for gs in by_surname.values() {
        for &g in gs {
            if let Some(given) = &groups[g].given {
                by_first.entry(spelling_key(given)).or_default().push(g);
            }
        }
    }
    // Surnames by their spelling key and its one-letter deletions: a surname misspelt by one
    // letter ("Mauer" for Maurer) meets its person when nobody else comes as close.
    let mut by_near_surname: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (key, gs) in by_surname.iter().filter(|(k, _)| k.chars().count() >= 5) {
        for variant in one_letter_variants(key) {
            by_near_surname.entry(variant).or_default().extend(gs);
        }
    }
    // Multi-word names of things by their distinctive word ("Church of Scientology" →
    // "Scientology") and by a last word that is no generic word ("Mozilla Firefox" → "Firefox").
    let mut by_short: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    // One-word names (and the short forms above) by skeleton, for names across languages.
    let mut sound_single: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (g, group) in groups.iter().enumerate() {
        if group.surname_key.is_some() {
            continue;
        }
        let mut shorts: Vec<String> = Vec::new();
        for &f in group.mentions.iter().filter(|&&f| mentions[f].words() >= 2) {
            let short = distinctive(&mentions[f].text);
            if !short.is_empty() && !short.contains(' ') {
                shorts.push(short);
            }
            let last = mentions[f].last_word();
            if last.chars().next().is_some_and(char::is_uppercase) && !is_org_word(last) && !is_title_word(last) {
                shorts.push(last.to_string());
            }
        }
        shorts.sort();
        shorts.dedup();
        for short in shorts {
            sound_single.entry(skeleton(&short)).or_default().push(g);
            by_short.entry(short).or_default().push(g);
        }
    }

    // Every multi-word name by its whole skeleton, for a compound written as one word
    // ("Кастель-Орсино" / "Castel Orsino").
    for (i, m) in mentions.iter().enumerate().filter(|_| any_foreign) {
        if let (Some(g), true) = (of[i], m.words() >= 2) {
            let k = skeleton(&m.text);
            if k.len() >= 4 && !sound_single.get(&k).is_some_and(|gs| gs.contains(&g)) {
                sound_single.entry(k).or_default().push(g);
            }
        }
    }

    // 3. Single names: a surname of exactly one person (or of the one last named in full),
    //    a family name written first, the short form of one name, or a name of its own.
    for (i, m) in mentions.iter().enumerate() {
        if of[i].is_some() || m.words() != 1 {
            continue;
        }
        let key = spelling_key(&m.text);
        let candidates: Vec<usize> = by_surname.get(&key).cloned().unwrap_or_default();
        let chosen = match candidates.as_slice() {
            [only] => Some(*only),
            [] => None,
            many => last_named_in_article(&groups, many, mentions, m),
        };
        // The one person, place or thing of the story that sounds the same, when this name or
        // that one is written in another language.
        // Only a story with an article not in English compares sounds at all.
        let keys = match (any_foreign, foreign[m.article]) {
            (false, _) => Vec::new(),
            (true, true) => sounds(&m.text),
            (true, false) => vec![skeleton(&m.text)],
        };
        let mut heard: Vec<usize> = Vec::new();
        for k in keys.iter().filter(|k| k.len() >= 3) {
            heard = by_sound
                .get(k)
                .into_iter()
                .flatten()
                .chain(sound_single.get(k).into_iter().flatten())
                .copied()
                .filter(|&g| foreign[m.article] || foreign_group(&groups[g]))
                .filter(|&g| spelt_alike(&m.text, groups[g].lasts.iter().map(String::as_str)))
                .collect();
            heard.sort_unstable();
            heard.dedup();
            // Two names of one sound: the one of the mention's kind, if only one is.
            if heard.len() > 1 {
                let same_kind: Vec<usize> = heard.iter().copied().filter(|&g| groups[g].kind == m.kind).collect();
                if same_kind.len() == 1 {
                    heard = same_kind;
                }
            }
            if !heard.is_empty() {
                break;
            }
        }
        let full_of = |g: usize| groups[g].mentions.first().map_or_else(String::new, |&f| mentions[f].text.clone());
        let (g, why) = if let Some(g) = chosen {
            let full = full_of(g);
            let why = if candidates.len() > 1 {
                format!("surname of {full}, named in full earlier in the article")
            } else if spelling_key(&m.text) == spelling_key(full.split_whitespace().last().unwrap_or(""))
                && !full.ends_with(&m.text)
            {
                format!("surname of {full}, transliterated")
            } else {
                format!("surname of {full}")
            };
            (g, why)
        } else if let Some(&[g]) = by_first.get(&key).map(Vec::as_slice) {
            // The first word of exactly one person's name, and nobody's surname.
            let full = full_of(g);
            let why = if is_given_name(&m.text) {
                format!("given name of {full}")
            } else {
                format!("family name of {full}, written first")
            };
            (g, why)
        } else if let Some(&g) = by_short
            .get(&m.text)
            .and_then(|gs| if let [g] = gs.as_slice() { Some(g) } else { None })
            .filter(|&&g| m.kind == groups[g].kind || m.kind == Some(EntityKind::Other))
        {
            // Only a name of the same kind: "Irving" the city is not "Irving Police Department".
            let full = full_of(g);
            (g, format!("short form of {full}"))
        } else if let &[g] = heard.as_slice() {
            (g, across(&full_of(g), &m.text))
        } else if let Some(g) = near_surname(&by_near_surname, &key).filter(|&g| {
            m.known.is_none()
                && !matches!(m.kind, Some(EntityKind::Place | EntityKind::Organization))
                // A given name used alone may be another person's ("Jacob", "Jacobs").
                && !is_given_name_word(&m.text)
                && groups[g].lasts.iter().any(|l| one_letter_apart(l, &m.text))
        }) {
            (g, format!("surname of {}, one letter apart", full_of(g)))
        } else if let Some(known) = m.known.as_ref().filter(|_| deferred(m)) {
            let g = *by_key.entry(format!("known:{known}")).or_insert_with(|| {
                let mut g = Group::new(gazetteer().get(known).map(|k| k.kind));
                g.name = Some(known.clone());
                g.known = true;
                groups.push(g);
                groups.len() - 1
            });
            (g, if &m.text == known { String::new() } else { format!("another name of {known}") })
        } else if candidates.len() > 1 || by_first.get(&key).is_some_and(|g| g.len() > 1) {
            // A name several people share, with nothing to tell which: nobody's mention, and
            // no entity of its own either.
            continue;
        } else {
            // A dateline or headline in capitals ("KARSU") is the name written "Karsu".
            let caps = m.text.chars().count() >= 4 && !m.text.chars().any(char::is_lowercase);
            let key = if caps { format!("single:{}", title_case(&m.text)) } else { format!("single:{}", m.text) };
            let g = *by_key.entry(key).or_insert_with(|| {
                groups.push(Group::new(m.kind));
                groups.len() - 1
            });
            (g, String::new())
        };
        if !why.is_empty() {
            groups[g].why.entry(m.text.clone()).or_insert(why);
        }
        for k in keys.into_iter().filter(|k| k.len() >= 3) {
            let gs = sound_single.entry(k).or_default();
            if !gs.contains(&g) {
                gs.push(g);
            }
        }
        groups[g].add(i, m, foreign[m.article]);
        of[i] = Some(g);
    }
    // 5. Names written syllable by syllable in Han characters or kana, matched by sound to a
    //    person of the story (`han_names`): that person's entity.
    for (i, m) in mentions.iter().enumerate() {
        let Some(name) = m.matched.as_deref().filter(|_| of[i].is_none()) else { continue };
        let person = (0..mentions.len()).find_map(|j| of[j].filter(|_| mentions[j].text == name));
        if let Some(g) = person {
            groups[g].why.entry(m.text.clone()).or_insert_with(|| super::han_names::reason(name, &m.text));
            groups[g].add(i, m, foreign[m.article]);
            of[i] = Some(g);
        }
    }

    finish(articles, mentions, groups, of, foreign)
}

/// " (same role)" when both mentions carry the same title words.
fn same_role(a: &Mention, b: &Mention) -> &'static str {
    if !a.role.is_empty() && a.role == b.role {
        ", same role"
    } else {
        ""
    }
}

/// The acronym written in brackets right after an organisation's full name.
fn explicit_acronym(articles: &[Article], m: &Mention) -> Option<String> {
    let text = super::mentions::source_text(articles, m);
    let after = text[m.range.end..].trim_start().strip_prefix('(')?;
    let acronym: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    (after[acronym.len()..].starts_with(')') && acronym.len() >= 2 && acronym.chars().all(|c| c.is_uppercase()))
        .then_some(acronym)
}

/// Among people sharing a surname, the one last named in full before `m` in its article.
fn last_named_in_article(groups: &[Group], candidates: &[usize], mentions: &[Mention], m: &Mention) -> Option<usize> {
    candidates
        .iter()
        .filter_map(|&g| {
            groups[g]
                .mentions
                .iter()
                .map(|&i| &mentions[i])
                .filter(|f| {
                    f.article == m.article
                        && f.words() >= 2
                        && (f.sentence, f.range.start) < (m.sentence, m.range.start)
                })
                .map(|f| (f.sentence, f.range.start))
                .max()
                .map(|pos| (pos, g))
        })
        .max()
        .map(|(_, g)| g)
}
