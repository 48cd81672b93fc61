//! One ingest step: new articles → one [`Change`] of the store, in one transaction.
//!
//! 1. Exact copies (same normalised text or same URL as a stored or earlier article) are
//!    counted and dropped; an id the store already has for another text is renamed `id#N`.
//! 2. The live window — stored articles placed within `window_days` of a new article's day
//!    (and the latest undated ones when new articles are undated) — is re-featurised from
//!    the stored text and clustered again with the new articles, stored ones first in arrival
//!    order, so the clusterer sees what one run over everything would have seen.
//! 3. The new clusters are matched to the stored stories ([`super::mapping`]): ids stay,
//!    splits give the larger part the old id, merged-away stories are redirected; stored
//!    articles that changed story move; new clusters get a new id from their first article.
//! 4. Each story that changed gets its title: the most central titled member of the window.

use super::mapping::map_labels;
use super::{DeskOptions, IngestReport, Prepared};
use crate::cluster::{ClusterConfig, Doc, Stream};
use crate::store::{outlet, Assign, Change, NewArticle, Result, Store, StoredArticle};
use chrono::Datelike;
use newsdesk_model::{RawArticle, StoryAssignment};
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap, HashSet};

/// Characters of a headline made from a first line, at most.
const FALLBACK_TITLE_CHARS: usize = 120;

/// The clusterer's view of a step: features of the window and the new articles (in feed
/// order: stored ones first) and where it put each.
struct Clustered {
    docs: Vec<Doc>,
    assigned: Vec<StoryAssignment>,
}

fn cluster_feed(window: &[StoredArticle], fresh: &[Prepared], cfg: &ClusterConfig) -> Clustered {
    let raws: Vec<RawArticle> = window.iter().map(raw_of).collect();
    let docs: Vec<Doc> =
        raws.par_iter().chain(fresh.par_iter().map(|p| &p.raw)).map(|r| Doc::from_raw(r, cfg)).collect();
    let ids = raws.iter().chain(fresh.iter().map(|p| &p.raw)).map(|r| r.id.clone());
    let mut stream = Stream::new(cfg);
    stream.extend(ids.zip(docs.iter().cloned()));
    Clustered { docs, assigned: stream.finish() }
}

/// Runs one step; see the module docs. The new articles are written (with their search
/// index rows, the slow part) while the clusterer runs on another thread; the rest follows in
/// the same transaction.
/// `cursor` (a stream consumer's position) is committed with the step; the stories it touched
/// are returned.
pub(super) fn run(
    store: &mut dyn Store,
    batch: Vec<Prepared>,
    options: &DeskOptions,
    report: &mut IngestReport,
    cursor: Option<(String, u64)>,
) -> Result<Vec<String>> {
    let (fresh, aliases) = new_articles(store, batch, report)?;
    if fresh.is_empty() {
        if !aliases.is_empty() || cursor.is_some() {
            store.apply(&Change { aliases, cursor, ..Change::default() })?;
        }
        return Ok(Vec::new());
    }
    let cfg = &options.cluster;
    let ranges = day_ranges(fresh.iter().filter_map(|p| p.raw.date.map(|d| d.num_days_from_ce())), cfg.window_days);
    let undated = if fresh.iter().any(|p| p.raw.date.is_none()) { options.undated_window } else { 0 };
    let window = store.window(&ranges, undated)?;
    let mut sizes: HashMap<String, usize> = HashMap::new();
    for story in window.iter().filter_map(|a| a.story.as_deref()) {
        if !sizes.contains_key(story) {
            sizes.insert(story.to_string(), store.story(story)?.map_or(0, |s| s.articles));
        }
    }
    let articles: Vec<NewArticle> = fresh
        .iter()
        .map(|p| {
            let raw = &p.raw;
            NewArticle {
                id: raw.id.clone(),
                content_hash: p.hash,
                url: raw.url.clone(),
                title: raw.title.clone(),
                source: raw.source.clone(),
                outlet: outlet(raw.source.as_deref(), raw.url.as_deref()),
                date: raw.date,
                origin: raw.origin.to_string(),
                raw: raw.text.clone(),
                markup: raw.markup,
            }
        })
        .collect();
    let (clustered, written) = std::thread::scope(|s| {
        let clusterer = s.spawn(|| cluster_feed(&window, &fresh, cfg));
        let written = store.begin_step(&articles);
        (clusterer.join(), written)
    });
    let clustered = match clustered {
        Ok(c) => c,
        Err(panic) => {
            store.abort_step()?;
            std::panic::resume_unwind(panic)
        }
    };
    written?;
    match decide(store, &window, &fresh, &clustered, &sizes, report) {
        Ok(mut change) => {
            change.articles = articles;
            change.aliases = aliases;
            change.cursor = cursor;
            store.finish_step(&change)?;
            Ok(change.touched)
        }
        Err(e) => {
            store.abort_step()?;
            Err(e)
        }
    }
}

/// Everything but the new articles' rows: where they go, moves, merges and titles.
fn decide(
    store: &mut dyn Store,
    window: &[StoredArticle],
    fresh: &[Prepared],
    clustered: &Clustered,
    sizes: &HashMap<String, usize>,
    report: &mut IngestReport,
) -> Result<Change> {
    let Clustered { docs, assigned } = clustered;
    let (old, new) = assigned.split_at(window.len());
    let (window_docs, fresh_docs) = docs.split_at(window.len());

    // Labels → story ids.
    let pairs: Vec<(&str, &str)> =
        window.iter().zip(old).filter_map(|(a, s)| Some((a.story.as_deref()?, s.story.as_deref()?))).collect();
    let mapping = map_labels(&pairs, sizes);
    let mut story_of: HashMap<&str, String> = HashMap::new();
    let mut created: HashSet<String> = HashSet::new();
    let ids: Vec<&str> = window.iter().map(|a| a.id.as_str()).chain(fresh.iter().map(|p| p.raw.id.as_str())).collect();
    // Each label's members in feed order, labels in order of first appearance.
    let mut by_label: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut labels: Vec<&str> = Vec::new();
    for (a, id) in assigned.iter().zip(&ids) {
        if let Some(label) = a.story.as_deref() {
            let members = by_label.entry(label).or_default();
            if members.is_empty() {
                labels.push(label);
            }
            members.push(id);
        }
    }
    for label in labels {
        let id = match mapping.kept.get(label) {
            Some(story) => story.clone(),
            None => {
                let founders = by_label.get(label).map(Vec::as_slice).unwrap_or_default();
                let id = new_story_id(store, founders.iter().copied(), &created)?;
                created.insert(id.clone());
                id
            }
        };
        story_of.insert(label, id);
    }
    let final_story = |label: Option<&str>| label.and_then(|l| story_of.get(l).cloned());

    let mut change = Change::default();
    let mut touched: BTreeSet<String> = BTreeSet::new();
    for (a, s) in window.iter().zip(old) {
        let story = final_story(s.story.as_deref());
        if story != a.story {
            touched.extend(a.story.clone());
            touched.extend(story.clone());
            change.moves.push((a.id.clone(), story));
        }
    }
    for (story, label) in &mapping.merged {
        if let Some(to) = story_of.get(label.as_str()) {
            change.redirects.push((story.clone(), to.clone()));
            touched.insert(story.clone());
            touched.insert(to.clone());
        }
    }
    let mut day = None;
    for a in window {
        day = a.day.or(day);
    }
    for ((p, s), doc) in fresh.iter().zip(new).zip(fresh_docs) {
        // The day the clusterer placed it on: its own, else that of the article before it.
        day = doc.day.or(day);
        let story = final_story(s.story.as_deref());
        touched.extend(story.clone());
        report.near_copies += usize::from(s.duplicate_of.is_some());
        change.assign.push(Assign {
            article: p.raw.id.clone(),
            story,
            reason: s.reason.clone(),
            duplicate_of: s.duplicate_of.clone(),
            lang: s.lang.clone().or_else(|| p.raw.lang.clone()),
            day,
            signature: doc.signature.as_ref().map(|sig| sig.bins().to_vec()),
        });
    }

    // Titles of the stories that changed, from their members in this step.
    let mut members: HashMap<&str, Vec<Member<'_>>> = HashMap::new();
    let titled =
        window.iter().zip(window_docs).zip(old).map(|((a, d), s)| (d, a.headline.as_deref(), a.raw.as_str(), s)).chain(
            fresh
                .iter()
                .zip(fresh_docs)
                .zip(new)
                .map(|((p, d), s)| (d, p.raw.title.as_deref(), p.raw.text.as_str(), s)),
        );
    for (doc, title, text, s) in titled {
        if let Some(story) = s.story.as_deref().and_then(|l| story_of.get(l)) {
            members.entry(story.as_str()).or_default().push((doc, title.filter(|t| !t.trim().is_empty()), text));
        }
    }
    for story in &touched {
        let Some(list) = members.get(story.as_str()) else { continue };
        let docs: Vec<&[(u32, f32)]> = list.iter().map(|(d, _, _)| d.terms.as_slice()).collect();
        let title = match crate::text::central::most_central(&docs, |i| list[i].1.is_some()) {
            Some(i) => list[i].1.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")),
            // No member has a title: a new story is named by its most central first line.
            None if created.contains(story) => {
                crate::text::central::most_central(&docs, |_| true).and_then(|i| first_line(list[i].2))
            }
            None => continue,
        };
        change.titles.push((story.clone(), title));
    }

    report.new += fresh.len();
    report.stories_new += created.len();
    report.stories_merged += change.redirects.len();
    let gone: HashSet<&str> = change.redirects.iter().map(|(from, _)| from.as_str()).collect();
    report.stories_updated += touched.iter().filter(|s| !created.contains(*s) && !gone.contains(s.as_str())).count();
    change.touched = touched.into_iter().collect();
    Ok(change)
}

/// An exact copy's id and the id of the article it copies.
type Alias = (String, String);

/// A story member as its title is chosen: features, headline, text.
type Member<'a> = (&'a Doc, Option<&'a str>, &'a str);

/// Drops exact copies (keeping their ids as aliases of what they copy) and renames ids the
/// store has for other texts.
fn new_articles(
    store: &mut dyn Store,
    batch: Vec<Prepared>,
    report: &mut IngestReport,
) -> Result<(Vec<Prepared>, Vec<Alias>)> {
    let probes: Vec<([u8; 16], Option<&str>, &str)> =
        batch.iter().map(|p| (p.hash, p.raw.url.as_deref(), p.raw.id.as_str())).collect();
    let known = store.known(&probes)?;
    // Hash and URL → id of the article of this step that has it.
    let (mut hashes, mut urls, mut ids) = (HashMap::new(), HashMap::new(), HashSet::new());
    let (mut fresh, mut aliases) = (Vec::with_capacity(batch.len()), Vec::new());
    for (mut p, (copy, taken)) in batch.into_iter().zip(known) {
        let earlier = hashes.get(&p.hash).or_else(|| p.raw.url.as_ref().and_then(|u| urls.get(u))).cloned();
        if let Some(original) = copy.or(earlier) {
            report.duplicates += 1;
            if original != p.raw.id && !taken && !ids.contains(&p.raw.id) {
                aliases.push((p.raw.id.clone(), original));
            }
            continue;
        }
        if taken || ids.contains(&p.raw.id) {
            let base = p.raw.id.clone();
            let mut n = 2;
            p.raw.id = loop {
                let candidate = format!("{base}#{n}");
                if !ids.contains(&candidate) && !store.id_taken(true, &candidate)? {
                    break candidate;
                }
                n += 1;
            };
            report.renamed += 1;
        }
        ids.insert(p.raw.id.clone());
        hashes.insert(p.hash, p.raw.id.clone());
        if let Some(url) = &p.raw.url {
            urls.insert(url.clone(), p.raw.id.clone());
        }
        fresh.push(p);
    }
    Ok((fresh, aliases))
}

/// The days `[d − w, d + w]` around each of `days`, overlapping ranges joined.
pub(super) fn day_ranges(days: impl Iterator<Item = i32>, w: i32) -> Vec<(i32, i32)> {
    let mut days: Vec<i32> = days.collect();
    days.sort_unstable();
    days.dedup();
    let mut out: Vec<(i32, i32)> = Vec::new();
    for d in days {
        let (from, to) = (d.saturating_sub(w), d.saturating_add(w));
        match out.last_mut() {
            Some(last) if from <= last.1.saturating_add(1) => last.1 = last.1.max(to),
            _ => out.push((from, to)),
        }
    }
    out
}

/// A stored article as the clusterer reads it (the input's own title, not a cleaned one).
pub(super) fn raw_of(a: &StoredArticle) -> RawArticle {
    let mut raw = RawArticle::new(a.id.clone(), a.raw.clone(), &a.origin);
    raw.title = a.title.clone();
    raw.date = a.date;
    raw.url = a.url.clone();
    raw.source = a.source.clone();
    raw.lang = a.lang.clone();
    raw.markup = a.markup;
    raw
}

/// A new story's id, from its first article's id (so one run over everything and several
/// runs name a story alike); the next member's when that id is taken.
fn new_story_id<'a>(
    store: &dyn Store,
    members: impl Iterator<Item = &'a str>,
    created: &HashSet<String>,
) -> Result<String> {
    let mut fallback = String::new();
    for article in members {
        let id = format!("s{:012x}", xxhash_rust::xxh3::xxh3_64(article.as_bytes()) >> 16);
        if !created.contains(&id) && !store.id_taken(false, &id)? {
            return Ok(id);
        }
        if fallback.is_empty() {
            fallback = id;
        }
    }
    let mut n = 2;
    loop {
        let id = format!("{fallback}-{n}");
        if !created.contains(&id) && !store.id_taken(false, &id)? {
            return Ok(id);
        }
        n += 1;
    }
}

/// A headline-shaped first line (2–20 words, no closing punctuation), shortened.
fn first_line(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let words: Vec<&str> = line.split_whitespace().collect();
    let shaped = (2..=20).contains(&words.len()) && !line.ends_with(['.', '!', '?', ':', ';', ',']);
    if !shaped || line.starts_with("http") {
        return None;
    }
    let joined = words.join(" ");
    Some(match joined.char_indices().nth(FALLBACK_TITLE_CHARS) {
        Some((cut, _)) => format!("{}…", &joined[..cut]),
        None => joined,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_ranges_join_when_they_touch() {
        assert_eq!(day_ranges([10, 3, 30, 12].into_iter(), 7), [(-4, 19), (23, 37)]);
        assert!(day_ranges(std::iter::empty(), 7).is_empty());
    }

    #[test]
    fn only_headline_shaped_first_lines_name_a_story() {
        assert_eq!(
            first_line("\n  Port strike enters third day \nBody.").as_deref(),
            Some("Port strike enters third day")
        );
        assert_eq!(first_line("Dockworkers walked out on Monday."), None);
    }
}
