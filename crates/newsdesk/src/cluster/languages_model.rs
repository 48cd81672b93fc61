//! Stories across languages, second evidence (issue 17): a multilingual sentence model
//! ([`crate::text::sentence_model`], multilingual-e5-small) for the stories that the
//! language-independent keys ([`super::languages`]) left in one language — articles without
//! a shared transliterated name or figure.
//!
//! - Only when the input has two languages or more, and only stories whose group still
//!   covers one (known) language are candidates; each is represented by one short text, the
//!   title and first words of its first article ([`super::features::lead`]), embedded once
//!   (cached by text hash).
//! - The cost is bounded by `languages_model_budget` stories per run, taken in turn from
//!   each language, largest first, so a minority language always has its stories in.
//! - Two candidates of different languages within `window_days` of each other are scored by
//!   the cosine of their embeddings, except when both carry keys (names or numbers met in two
//!   languages) and share none: the model scores two events of one kind alike (two
//!   earthquakes, two ferry sinkings), and when both stories name their places, people and
//!   figures and none match, they are two events.
//! - The same average linkage as the keys' ([`super::languages::group`]) over those scores,
//!   merging while the mean reaches `languages_model_threshold`.
//!
//! Without the model file (or with a budget of 0) nothing changes.

use super::languages::{close, dot, group, Member, StoryEvidence};
use super::ClusterConfig;
use crate::text::sentence_model::{self, cosine, SentenceModel};
use crate::text::union_find::UnionFind;
use rustc_hash::FxHashMap;

/// Links, in `told` (story → its group's story), stories of one-language groups whose
/// representatives the model finds close enough.
pub(crate) fn link(members: &[Member<'_>], evidence: &[StoryEvidence], told: &mut [usize], cfg: &ClusterConfig) {
    if cfg.languages_model_budget == 0 || cfg.languages_model_threshold > 1.0 {
        return;
    }
    let chosen = candidates(members, evidence, told, cfg);
    if chosen.len() < 2 {
        return;
    }
    // Off without the model: the CLI says so once.
    let Ok(model) = sentence_model::shared() else { return };
    link_with(model, &chosen, evidence, told, cfg);
}

/// [`link`] with a given model and candidates (story, representative text).
fn link_with(
    model: &SentenceModel,
    chosen: &[(usize, &str)],
    evidence: &[StoryEvidence],
    told: &mut [usize],
    cfg: &ClusterConfig,
) {
    let texts: Vec<&str> = chosen.iter().map(|c| c.1).collect();
    // An engine failure leaves the key linking as it is.
    let Ok((vectors, _)) = model.embed_cached(&texts) else { return };
    let stories: Vec<usize> = chosen.iter().map(|c| c.0).collect();
    let pairs = scored_pairs(&stories, &vectors, evidence, cfg);
    let langs: Vec<u32> = stories.iter().map(|&s| evidence[s].lang).collect();
    let roots = group(&langs, &pairs, cfg.languages_model_threshold);
    let mut sets = UnionFind::new(told.len());
    for (s, &t) in told.iter().enumerate() {
        sets.union(s as u32, t as u32);
    }
    for (k, &r) in roots.iter().enumerate() {
        sets.union(stories[k] as u32, stories[r] as u32);
    }
    for (s, t) in told.iter_mut().enumerate() {
        *t = sets.find(s as u32) as usize;
    }
}

/// The stories the model is to read, with their representative text: stories of a known
/// language whose group (in `told`) covers that language only, with a lead, in a language
/// holding `languages_model_min_share` of the articles; at most `languages_model_budget`,
/// taken in turn from each language, largest first. Empty when they hold one language.
pub(crate) fn candidates<'a>(
    members: &[Member<'a>],
    evidence: &[StoryEvidence],
    told: &[usize],
    cfg: &ClusterConfig,
) -> Vec<(usize, &'a str)> {
    let stories = told.len();
    let (mut size, mut lead) = (vec![0u32; stories], vec![""; stories]);
    let mut per_lang: FxHashMap<u32, usize> = FxHashMap::default();
    for m in members.iter().filter(|m| m.story < stories) {
        size[m.story] += 1;
        if m.lang != 0 {
            *per_lang.entry(m.lang).or_insert(0) += 1;
        }
        if lead[m.story].is_empty() {
            lead[m.story] = m.lead;
        }
    }
    // Known languages of each group: one, or several (u32::MAX).
    let mut group_lang: FxHashMap<usize, u32> = FxHashMap::default();
    for (s, e) in evidence.iter().enumerate().filter(|(_, e)| e.lang != 0) {
        let g = group_lang.entry(told[s]).or_insert(e.lang);
        if *g != e.lang {
            *g = u32::MAX;
        }
    }
    let known: usize = per_lang.values().sum();
    let present = |l: u32| per_lang.get(&l).is_some_and(|&n| n as f32 >= cfg.languages_model_min_share * known as f32);
    let mut by_lang: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for (s, e) in evidence.iter().enumerate() {
        if e.lang != 0 && group_lang.get(&told[s]) == Some(&e.lang) && !lead[s].is_empty() && present(e.lang) {
            by_lang.entry(e.lang).or_default().push(s);
        }
    }
    if by_lang.len() < 2 {
        return Vec::new();
    }
    let mut lists: Vec<(u32, Vec<usize>)> = by_lang.into_iter().collect();
    lists.sort_unstable_by_key(|l| l.0);
    for (_, list) in &mut lists {
        list.sort_by_key(|&s| (std::cmp::Reverse(size[s]), s));
    }
    let mut chosen = Vec::new();
    for round in 0.. {
        let before = chosen.len();
        for (_, list) in &lists {
            if chosen.len() < cfg.languages_model_budget {
                chosen.extend(list.get(round).map(|&s| (s, lead[s])));
            }
        }
        if chosen.len() == before {
            break;
        }
    }
    chosen.sort_unstable_by_key(|c| c.0);
    chosen
}

/// Every pair of `stories` (indices into it) of different languages, close in time, and not
/// kept apart by their keys, with the cosine of their embeddings.
fn scored_pairs(
    stories: &[usize],
    vectors: &[Vec<f32>],
    evidence: &[StoryEvidence],
    cfg: &ClusterConfig,
) -> Vec<(f32, usize, usize)> {
    let mut pairs = Vec::new();
    for i in 0..stories.len() {
        for j in i + 1..stories.len() {
            let (a, b) = (&evidence[stories[i]], &evidence[stories[j]]);
            if a.lang == b.lang || !close(a, b, cfg.window_days) {
                continue;
            }
            // Both name their people, places or figures, and none of them match: two events.
            let apart = !a.vector.is_empty() && !b.vector.is_empty() && dot(&a.vector, &b.vector).1 == 0;
            if cfg.languages_keys && apart {
                continue;
            }
            let sim = cosine(&vectors[i], &vectors[j]);
            if sim > 0.0 {
                pairs.push((sim, i, j));
            }
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(lang: u32, day: i32, keys: &[u32]) -> StoryEvidence {
        let vector = keys.iter().map(|&k| (k, 1.0 / (keys.len() as f32).sqrt())).collect();
        StoryEvidence { lang, first: Some(day), last: Some(day), vector, ..StoryEvidence::default() }
    }

    fn member<'a>(story: usize, lang: u32, lead: &'a str) -> Member<'a> {
        Member { story, lang, day: Some(100), xkeys: &[], lead }
    }

    #[test]
    fn only_stories_left_in_one_language_are_read_and_each_language_gets_its_turn() {
        // Stories 0 (lang 1) and 1 (lang 2) are one group already; 2, 3, 4 are lang 1 (4 the
        // largest), 5 is lang 3, 6 has no lead, 7 no known language.
        let evidence: Vec<_> = [1, 2, 1, 1, 1, 3, 2, 0].iter().map(|&l| story(l, 100, &[])).collect();
        let told = [0, 0, 2, 3, 4, 5, 6, 7];
        let members = [
            member(0, 1, "a"),
            member(1, 2, "b"),
            member(2, 1, "c"),
            member(3, 1, "d"),
            member(4, 1, "e"),
            member(4, 1, "e2"),
            member(5, 3, "f"),
            member(6, 2, ""),
            member(7, 0, "h"),
        ];
        let cfg = |budget, share| ClusterConfig {
            languages_model_budget: budget,
            languages_model_min_share: share,
            ..ClusterConfig::default()
        };
        assert_eq!(candidates(&members, &evidence, &told, &cfg(10, 0.0)), [(2, "c"), (3, "d"), (4, "e"), (5, "f")]);
        // A budget of two: the largest of lang 1, then lang 3's only story.
        assert_eq!(candidates(&members, &evidence, &told, &cfg(2, 0.0)), [(4, "e"), (5, "f")]);
        // Lang 3 holds one article of eight: under a share of 20 % it is not read.
        assert!(candidates(&members, &evidence, &told, &cfg(10, 0.2)).is_empty());
        // One language left: nothing to read.
        assert!(candidates(&members[..6], &evidence[..5], &told[..5], &cfg(10, 0.0)).is_empty());
    }

    #[test]
    fn stories_naming_different_things_are_not_linked_by_the_model_alone() {
        let cfg = ClusterConfig::default();
        // 0 and 1: keys shared; 0 and 2: both carry keys, none shared (two quakes); 0 and 3:
        // 3 carries none; 4 is of 0's language; 5 a month later.
        let evidence = [
            story(1, 100, &[1, 2]),
            story(2, 100, &[2, 9]),
            story(3, 100, &[7, 8]),
            story(4, 100, &[]),
            story(1, 100, &[]),
            story(2, 140, &[]),
        ];
        let one = vec![1.0, 0.0];
        let vectors = vec![one.clone(); 6];
        let stories: Vec<usize> = (0..6).collect();
        let linked: Vec<(usize, usize)> =
            scored_pairs(&stories, &vectors, &evidence, &cfg).iter().filter(|p| p.1 == 0).map(|p| (p.1, p.2)).collect();
        assert_eq!(linked, [(0, 1), (0, 3)]);
        // Without the keys the model alone decides.
        let cfg = ClusterConfig { languages_keys: false, ..cfg };
        let linked = scored_pairs(&stories, &vectors, &evidence, &cfg).iter().filter(|p| p.1 == 0).count();
        assert_eq!(linked, 3);
    }

    #[test]
    fn the_same_event_in_two_languages_is_linked_and_another_event_is_not() {
        let Ok(model) = sentence_model::shared() else {
            eprintln!("SKIP: the sentence model is off: {}", sentence_model::HOW_TO_GET);
            return;
        };
        let cfg = ClusterConfig::default();
        let texts = [
            "Ferry sinks off the island of Velmora in a storm, nine dead. At least nine people died and 31 were missing after the passenger ferry went down in heavy seas late on Tuesday night.",
            "Naufrage d'un ferry au large de Velmora : au moins neuf morts. Le ferry a sombré dans la nuit de mardi à mercredi, pris dans une violente tempête ; 31 personnes sont portées disparues.",
            "Une fromagerie de Valbrune reçoit une médaille d'or. Le jury du concours national a distingué une tomme affinée dix-huit mois dans les caves du village.",
        ];
        let evidence = [story(1, 100, &[]), story(2, 100, &[]), story(2, 100, &[])];
        let chosen: Vec<(usize, &str)> = texts.iter().copied().enumerate().collect();
        let mut told = vec![0, 1, 2];
        link_with(model, &chosen, &evidence, &mut told, &cfg);
        assert_eq!(told[0], told[1], "the ferry sinking in English and French");
        assert_ne!(told[0], told[2], "the cheese medal");
    }
}
