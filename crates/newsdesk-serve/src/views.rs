//! A story as the pages and the API read it: its row, its brief (parsed once and cached for a
//! few seconds), its members without their text; and what changed since a day.

use crate::error::ApiError;
use crate::state::AppState;
use chrono::NaiveDate;
use newsdesk::desk::{current_brief, DeskOptions};
use newsdesk::store::{MemberInfo, Store, StoryRow};
use newsdesk_model::{Brief, Citation};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// One story, ready to show.
pub struct StoryView {
    /// The live story (redirects followed).
    pub row: StoryRow,
    /// The brief JSON as stored (the contract's shape).
    pub brief_json: String,
    /// The brief, parsed.
    pub brief: Brief,
    /// Every member, in arrival order.
    pub members: Vec<MemberInfo>,
    /// The story page (without `since`), once rendered.
    pub page: std::sync::OnceLock<String>,
}

impl StoryView {
    /// The member an article id names.
    pub fn member(&self, id: &str) -> Option<&MemberInfo> {
        self.members.iter().find(|m| m.id == id)
    }

    /// The day a member counts on: its publication date, else the day it was stored.
    pub fn day_of(member: &MemberInfo) -> Option<NaiveDate> {
        member.date.or_else(|| member.ingested_at.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()))
    }

    /// The outlet shown for a cited article.
    pub fn outlet_of(&self, article: &str) -> Option<String> {
        if let Some(m) = self.member(article) {
            if m.outlet.is_some() {
                return m.outlet.clone();
            }
        }
        let a = self.brief.articles.iter().find(|a| a.id == article)?;
        newsdesk::store::outlet(a.source.as_deref(), a.url.as_deref())
    }

    /// The distinct outlets of a set of citations, in first-cited order.
    pub fn outlets_of(&self, citations: &[Citation]) -> Vec<String> {
        let mut seen = BTreeSet::new();
        citations.iter().filter_map(|c| self.outlet_of(&c.article)).filter(|o| seen.insert(o.clone())).collect()
    }
}

/// The story an id names (redirects followed), from the cache or the store; its brief is
/// built now when the store has none yet. `None` for an unknown id.
pub fn load(state: &AppState, store: &mut dyn Store, id: &str) -> Result<Option<Arc<StoryView>>, ApiError> {
    let list = state.all_stories(store)?;
    if let Some(view) = state.cached_view(id, &list) {
        return Ok(Some(view));
    }
    let Some(live) = store.resolve(id)? else { return Ok(None) };
    let Some(row) = store.story(&live)? else { return Ok(None) };
    let brief_json = match store.brief(&live)? {
        Some(json) => json,
        None => {
            // Built through the writer: ingests and other builds wait their turn.
            state.with_writer(|writer| Ok(current_brief(writer, &live, &DeskOptions::default())?))?;
            store.brief(&live)?.ok_or_else(|| ApiError::unavailable("the story's brief could not be built"))?
        }
    };
    let brief = newsdesk::brief::render::from_json(&brief_json).map_err(|e| {
        eprintln!("newsdesk serve: stored brief of {live} unreadable: {e}");
        ApiError::unavailable("the story's brief is unreadable")
    })?;
    let members = store.member_info(&live)?;
    let view = Arc::new(StoryView { row, brief_json, brief, members, page: std::sync::OnceLock::new() });
    state.keep_view(id, Arc::clone(&view));
    Ok(Some(view))
}

/// What is new in a story since a day: members dated (or stored) on or after it, the outlets
/// none of the earlier members came from, and the brief items whose every citation is new.
#[derive(Debug, Default, PartialEq)]
pub struct Changes {
    /// The day asked for.
    pub since: Option<NaiveDate>,
    /// New members' ids.
    pub articles: Vec<String>,
    /// Outlets heard from only since.
    pub outlets: Vec<String>,
    /// Indexes into the brief's quotes.
    pub quotes: Vec<usize>,
    /// Indexes into the brief's figures.
    pub figures: Vec<usize>,
    /// Indexes into the brief's divergences (one side at least cited only by new articles).
    pub divergences: Vec<usize>,
    /// Indexes into the brief's summary.
    pub summary: Vec<usize>,
}

/// Compares the story's articles before `since` with those since.
pub fn changes(view: &StoryView, since: NaiveDate) -> Changes {
    let mut new_ids = BTreeSet::new();
    let (mut old_outlets, mut new_outlets) = (BTreeSet::new(), Vec::new());
    for m in &view.members {
        let fresh = StoryView::day_of(m).is_some_and(|d| d >= since);
        if fresh {
            new_ids.insert(m.id.as_str());
        } else if let Some(o) = &m.outlet {
            old_outlets.insert(o.clone());
        }
    }
    for m in view.members.iter().filter(|m| new_ids.contains(m.id.as_str())) {
        if let Some(o) = &m.outlet {
            if !old_outlets.contains(o) && !new_outlets.contains(o) {
                new_outlets.push(o.clone());
            }
        }
    }
    let only_new = |cs: &[Citation]| !cs.is_empty() && cs.iter().all(|c| new_ids.contains(c.article.as_str()));
    let b = &view.brief;
    Changes {
        since: Some(since),
        articles: view.members.iter().filter(|m| new_ids.contains(m.id.as_str())).map(|m| m.id.clone()).collect(),
        outlets: new_outlets,
        quotes: (0..b.quotes.len()).filter(|&i| only_new(&b.quotes[i].citations)).collect(),
        figures: (0..b.figures.len()).filter(|&i| only_new(&b.figures[i].citations)).collect(),
        divergences: (0..b.divergences.len())
            .filter(|&i| b.divergences[i].sides.iter().any(|s| only_new(&s.citations)))
            .collect(),
        summary: (0..b.summary.len()).filter(|&i| only_new(&b.summary[i].citations)).collect(),
    }
}

/// Article counts per day of a story's members, over the days they span.
pub fn volume(members: &[MemberInfo]) -> Vec<(NaiveDate, usize)> {
    let mut by_day: HashMap<NaiveDate, usize> = HashMap::new();
    for day in members.iter().filter_map(StoryView::day_of) {
        *by_day.entry(day).or_default() += 1;
    }
    let mut days: Vec<_> = by_day.into_iter().collect();
    days.sort();
    days
}

/// A stored article (by its id or an exact copy's) and its cleaned form: the one stored when
/// a brief cleaned it, else cleaned now.
pub fn cleaned_article(
    store: &dyn Store,
    id: &str,
) -> Result<Option<(newsdesk::store::StoredArticle, newsdesk_model::Article)>, ApiError> {
    let Some(stored) = store.article(id)? else { return Ok(None) };
    if let Some(article) =
        stored.cleaned.as_deref().and_then(|json| newsdesk::brief::render::article_from_json(json).ok())
    {
        return Ok(Some((stored, article)));
    }
    let mut raw = newsdesk_model::RawArticle::new(stored.id.clone(), stored.raw.clone(), &stored.origin);
    raw.title = stored.title.clone();
    raw.date = stored.date;
    raw.url = stored.url.clone();
    raw.source = stored.source.clone();
    raw.lang = stored.lang.clone();
    raw.markup = stored.markup;
    let article = newsdesk::clean::clean(&raw);
    Ok(Some((stored, article)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(id: &str, outlet: &str, day: u32) -> MemberInfo {
        MemberInfo {
            seq: 0,
            id: id.into(),
            headline: None,
            outlet: Some(outlet.into()),
            url: None,
            date: NaiveDate::from_ymd_opt(2025, 5, day),
            ingested_at: "2026-01-01T00:00:00+00:00".into(),
        }
    }

    #[test]
    fn changes_are_what_only_new_articles_say() {
        let cite = |a: &str| vec![Citation::new(a, 0)];
        let brief = Brief {
            quotes: vec![
                newsdesk_model::Quote { speaker: None, text: "old".into(), direct: true, citations: cite("a") },
                newsdesk_model::Quote { speaker: None, text: "new".into(), direct: true, citations: cite("c") },
            ],
            figures: vec![newsdesk_model::Figure {
                value: "3".into(),
                text: "3 ships".into(),
                citations: vec![Citation::new("a", 1), Citation::new("c", 2)],
            }],
            ..Brief::default()
        };
        let view = StoryView {
            row: StoryRow {
                id: "s".into(),
                title: None,
                articles: 3,
                outlets: vec![],
                first_seen: None,
                last_seen: None,
                languages: vec![],
            },
            brief_json: String::new(),
            brief,
            members: vec![member("a", "Post", 5), member("b", "Wire", 7), member("c", "Herald", 9)],
            page: std::sync::OnceLock::new(),
        };
        let since = NaiveDate::from_ymd_opt(2025, 5, 7).unwrap_or_default();
        let c = changes(&view, since);
        assert_eq!(c.articles, ["b", "c"]);
        assert_eq!(c.outlets, ["Wire", "Herald"]);
        assert_eq!(c.quotes, [1]);
        assert!(c.figures.is_empty(), "a figure also cited before is not new");
        assert_eq!(volume(&view.members).len(), 3);
    }
}
