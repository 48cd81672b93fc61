//! Timeline: dated happenings. Explicit dates ("January 10, 2022") and relative ones ("on
//! Sunday", "last Friday", "Monday (10)", "yesterday") are resolved against the article's
//! date, or the story's date when the article has none (the item says which). Tense picks
//! the direction: "met on Sunday" is the Sunday before, "will meet on Wednesday" the one after.

use crate::dates::{find_date, find_month_day};
use crate::text::{content_terms, regex, SparseVec, Vocabulary};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use newsdesk_model::{Article, Citation, TimelineItem};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i:\b(last|next|this|on|since|by|until|for|from|early|late)\s+)?\b({})(?:’s|'s)?(?:\s+\((\d{{1,2}})\))?",
        crate::dates::weekday_names()
    ))
});
static RELATIVE_DAY: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)\b(today|yesterday|tomorrow|tonight)\b"));
static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(will|would|shall|is due|are due|is scheduled|are scheduled|scheduled to|is set to|are set to|to be held|is expected|are expected|plans? to|going to|upcoming|next)\b",
    )
});
static PAST: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(was|were|had|did|met|held|said|told|began|ended|took|came|went|last|ago|already|earlier)\b|\b\w{3,}ed\b",
    )
});
static QUOTED: LazyLock<Regex> = LazyLock::new(|| regex(r#"“[^”]*”|"[^"]*""#));
static CLAUSE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| regex(r";|,\s+(?:and|but|while|whereas)\s+|\s+before\s+|\s+after\s+"));

/// The story's date: the most common article date (earliest on a tie).
pub fn story_date(articles: &[Article]) -> Option<NaiveDate> {
    let mut dates: Vec<NaiveDate> = articles.iter().filter_map(|a| a.date).collect();
    dates.sort();
    let mut best: Option<(usize, NaiveDate)> = None;
    for chunk in dates.chunk_by(|a, b| a == b) {
        if best.is_none_or(|(n, _)| chunk.len() > n) {
            best = Some((chunk.len(), chunk[0]));
        }
    }
    best.map(|(_, d)| d)
}

fn weekday(name: &str) -> Option<Weekday> {
    name.parse().ok()
}

/// Resolves a weekday reference against `anchor`.
fn resolve_weekday(
    anchor: NaiveDate,
    target: Weekday,
    modifier: Option<&str>,
    day_of_month: Option<u32>,
    clause: &str,
) -> NaiveDate {
    let delta = (7 + target.num_days_from_monday() as i64 - anchor.weekday().num_days_from_monday() as i64) % 7;
    let forward = anchor + Duration::days(delta);
    let backward = if delta == 0 { anchor } else { forward - Duration::days(7) };
    if let Some(day) = day_of_month {
        if let Some(d) = [backward, forward, backward - Duration::days(7), forward + Duration::days(7)]
            .into_iter()
            .find(|d| d.day() == day)
        {
            return d;
        }
    }
    match modifier.map(str::to_lowercase).as_deref() {
        Some("last") => return if delta == 0 { anchor - Duration::days(7) } else { backward },
        Some("next") => return if delta == 0 { anchor + Duration::days(7) } else { forward },
        Some("since") => return backward,
        Some("until" | "by" | "for") => return forward,
        _ => {}
    }
    if delta == 0 {
        return anchor;
    }
    // What a speaker says inside quote marks has its own tense.
    let clause = QUOTED.replace_all(clause, " ");
    if FUTURE.is_match(&clause) {
        forward
    } else if PAST.is_match(&clause) {
        backward
    } else if delta <= 3 {
        forward
    } else {
        backward
    }
}

/// One dated clause before merging.
struct Dated {
    date: NaiveDate,
    clause: String,
    basis: String,
    citation: Citation,
    vector: SparseVec,
}

/// Every dated happening, merged across outlets (same date, similar clause), sorted by date.
pub fn timeline(articles: &[Article]) -> Vec<TimelineItem> {
    let story = story_date(articles);
    let mut vocab = Vocabulary::default();
    let mut dated: Vec<Dated> = Vec::new();
    for a in articles {
        let (anchor, anchor_basis) = match (a.date, story) {
            (Some(d), _) => (Some(d), format!("article date {d}")),
            (None, Some(d)) => (Some(d), format!("story date {d} (the article is undated)")),
            (None, None) => (None, String::new()),
        };
        for (si, s) in a.sentences.iter().enumerate() {
            for clause in clauses(&s.text) {
                let found = dates_in(clause, anchor);
                // Several dates in one clause: give each the comma-separated part it sits in.
                let parts: Vec<(&str, Vec<(NaiveDate, String)>)> = if found.len() > 1 {
                    clause
                        .split(", ")
                        .filter(|p| p.split_whitespace().count() >= 3)
                        .map(|p| (p, dates_in(p, anchor)))
                        .collect()
                } else {
                    vec![(clause, found)]
                };
                for (clause, date, how) in
                    parts.into_iter().flat_map(|(c, ds)| ds.into_iter().map(move |(d, h)| (c, d, h)))
                {
                    let basis = if how.is_empty() {
                        "explicit date".to_string()
                    } else {
                        format!("{how}, relative to the {anchor_basis}")
                    };
                    let ids: Vec<u32> =
                        content_terms(clause).iter().filter(|t| !is_calendar(t)).map(|t| vocab.id(t)).collect();
                    dated.push(Dated {
                        date,
                        clause: clause.trim().trim_end_matches(['.', ',']).to_string(),
                        basis,
                        citation: Citation::new(a.id.clone(), si),
                        vector: SparseVec::from_ids(&ids, |_| 1.0),
                    });
                }
            }
        }
    }
    merge(dated)
}

/// Weekdays and relative days say when, not what: they do not make two clauses alike.
fn is_calendar(term: &str) -> bool {
    crate::dates::is_weekday_stem(term)
        || ["today", "yesterday", "tomorrow", "tonight"].iter().any(|d| d.starts_with(term))
}

/// Splits a sentence into clauses so each date goes with what happens on it.
fn clauses(sentence: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for m in CLAUSE_BREAK.find_iter(sentence) {
        out.push(&sentence[start..m.start()]);
        start = m.end();
    }
    out.push(&sentence[start..]);
    out.into_iter().filter(|c| c.split_whitespace().count() >= 3).collect()
}

/// The days a sentence of an article speaks of (explicit, or relative to the article's date).
pub fn sentence_dates(sentence: &str, anchor: Option<NaiveDate>) -> Vec<NaiveDate> {
    clauses(sentence).into_iter().flat_map(|c| dates_in(c, anchor)).map(|(d, _)| d).collect()
}

/// The comma-separated part of `clause` around byte `at` when it has a tense of its own
/// ("inspectors will begin on Monday, officials said Thursday": each weekday takes its own
/// verb), else the whole clause.
fn own_part(clause: &str, at: usize) -> &str {
    let start = clause[..at].rfind(',').map_or(0, |i| i + 1);
    let end = clause[at..].find(',').map_or(clause.len(), |i| at + i);
    let part = &clause[start..end];
    let unquoted = QUOTED.replace_all(part, " ");
    if FUTURE.is_match(&unquoted) || PAST.is_match(&unquoted) {
        part
    } else {
        clause
    }
}

/// The dates a clause refers to, with how each was resolved (empty for explicit dates).
fn dates_in(clause: &str, anchor: Option<NaiveDate>) -> Vec<(NaiveDate, String)> {
    let mut out = Vec::new();
    if let Some((d, _)) = find_date(clause) {
        out.push((d, String::new()));
    }
    let Some(anchor) = anchor else { return out };
    if out.is_empty() {
        if let Some((d, r)) = find_month_day(clause, anchor) {
            out.push((d, format!("\"{}\" in the year nearest", &clause[r])));
        }
    }
    for c in WEEKDAY.captures_iter(clause) {
        let (Some(whole), Some(day)) = (c.get(0), c.get(2)) else { continue };
        let modifier = c.get(1).map(|m| m.as_str());
        // A word glued to the weekday ("Fridaythat") only counts after "on"/"last"/…
        let glued = clause[day.end()..].chars().next().is_some_and(char::is_alphabetic);
        if glued && modifier.is_none() {
            continue;
        }
        let Some(target) = weekday(day.as_str()) else { continue };
        let dom = c.get(3).and_then(|m| m.as_str().parse().ok());
        let date = resolve_weekday(anchor, target, modifier, dom, own_part(clause, day.start()));
        out.push((date, format!("\"{}\"", whole.as_str().trim())));
    }
    for c in RELATIVE_DAY.captures_iter(clause) {
        let offset = match c[1].to_lowercase().as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        out.push((anchor + Duration::days(offset), format!("\"{}\"", &c[1])));
    }
    out.sort_by_key(|d| d.0);
    out.dedup_by_key(|d| d.0);
    out
}

/// Groups the dated clauses: each joins the first group (in the order groups were opened) of
/// its date that has a clause like it (cosine ≥ 0.3) and none from its sentence, else opens
/// one. Only clauses sharing a term can be alike, so the groups to try come from an index of
/// each date's terms rather than from every group of the story.
fn merge(dated: Vec<Dated>) -> Vec<TimelineItem> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: Vec<usize> = Vec::with_capacity(dated.len());
    let mut postings: HashMap<(NaiveDate, u32), Vec<usize>> = HashMap::new();
    let mut cited: HashMap<&Citation, Vec<usize>> = HashMap::new();
    let mut alike: Vec<usize> = Vec::new();
    for (i, d) in dated.iter().enumerate() {
        alike.clear();
        for &(term, _) in d.vector.entries() {
            alike.extend(postings.get(&(d.date, term)).map_or(&[][..], Vec::as_slice));
        }
        alike.sort_unstable_by_key(|&j| (group_of[j], j));
        alike.dedup();
        let blocked = cited.get(&d.citation).map_or(&[][..], Vec::as_slice);
        let mut same = None;
        for run in alike.chunk_by(|&a, &b| group_of[a] == group_of[b]) {
            let g = group_of[run[0]];
            if !blocked.contains(&g) && run.iter().any(|&j| dated[j].vector.cosine(&d.vector) >= 0.3) {
                same = Some(g);
                break;
            }
        }
        let g = same.unwrap_or_else(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
        group_of.push(g);
        for &(term, _) in d.vector.entries() {
            postings.entry((d.date, term)).or_default().push(i);
        }
        let holding = cited.entry(&d.citation).or_default();
        if !holding.contains(&g) {
            holding.push(g);
        }
    }
    let mut items: Vec<TimelineItem> = groups
        .into_iter()
        .map(|g| {
            // The fullest clause tells the happening best.
            let rep = g
                .iter()
                .copied()
                .max_by_key(|&i| (dated[i].vector.entries().len(), std::cmp::Reverse(i)))
                .unwrap_or(g[0]);
            let mut citations = vec![dated[rep].citation.clone()];
            citations.extend(g.iter().filter(|&&i| i != rep).map(|&i| dated[i].citation.clone()));
            citations.dedup();
            TimelineItem {
                date: dated[rep].date,
                text: dated[rep].clause.clone(),
                basis: dated[rep].basis.clone(),
                citations,
            }
        })
        .collect();
    items.sort_by_key(|t| t.date);
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, m, day).unwrap()
    }

    fn resolve(clause: &str, anchor: NaiveDate) -> Vec<NaiveDate> {
        dates_in(clause, Some(anchor)).into_iter().map(|x| x.0).collect()
    }

    #[test]
    fn weekdays_follow_tense_and_modifiers() {
        let tue = d(3, 14); // Tuesday 14 March 2023
        assert_eq!(resolve("The walkout began on Sunday", tue), [d(3, 12)]);
        assert_eq!(resolve("Talks will resume on Thursday", tue), [d(3, 16)]);
        assert_eq!(resolve("the union said last Fridaythat it would strike", tue), [d(3, 10)]);
        assert_eq!(resolve("the mediator met them on Monday (13)", tue), [d(3, 13)]);
        assert_eq!(resolve("Cranes stood idle on Tuesday", tue), [d(3, 14)]);
        assert_eq!(resolve("Officials said so yesterday", tue), [d(3, 13)]);
        assert_eq!(resolve("It happened on March 9, 2023", tue), [d(3, 9)]);
    }

    #[test]
    fn each_weekday_takes_the_tense_of_its_own_clause() {
        let fri = d(3, 17); // Friday 17 March 2023
        assert_eq!(resolve("Inspectors will begin on Monday, officials said Thursday.", fri), [d(3, 16), d(3, 20)]);
        assert_eq!(resolve("The path will reopen Saturday, officials said.", d(3, 16)), [d(3, 18)]);
    }

    #[test]
    fn wire_days_without_a_year() {
        let thu = d(9, 21);
        assert_eq!(resolve("The council voted Sep. 24 to close two bridges", thu), [d(9, 24)]);
        assert_eq!(resolve("It has until Sept. 30 to hand over its records", thu), [d(9, 30)]);
    }

    #[test]
    fn clauses_keep_each_date_with_its_event() {
        let c = clauses("A council will meet in Brussels on Wednesday, and on Thursday the board will meet in Vienna.");
        assert_eq!(c, ["A council will meet in Brussels on Wednesday", "on Thursday the board will meet in Vienna."]);
    }
}
