//! Briefs of the stories that changed: each stale story's members (at most
//! `brief_max_articles`) are cleaned — or read back cleaned from the store — and briefed, in
//! parallel across stories; every chunk of stories is written in one transaction, which
//! clears their stale marks. A story's title stays the one the ingest step chose; a story
//! without one takes the brief's (its most central cleaned headline).

use super::step::raw_of;
use super::DeskOptions;
use crate::brief::render::{article_from_json, article_to_json_line, from_json, to_json};
use crate::store::{BriefUpdate, Result, Store, StoredArticle};
use newsdesk_model::{Article, Brief};
use rayon::prelude::*;

/// Stories briefed per transaction.
const CHUNK: usize = 64;

/// Rebuilds every stale brief; `progress(built, total)` after each chunk. Returns how many
/// were rebuilt.
pub fn rebuild_briefs(
    store: &mut dyn Store,
    options: &DeskOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<usize> {
    let stale = store.stale_stories()?;
    let mut built = 0;
    for chunk in stale.chunks(CHUNK) {
        let mut work = Vec::with_capacity(chunk.len());
        for story in chunk {
            let Some(row) = store.story(story)? else { continue };
            work.push((story.clone(), row.title, store.members(story, options.brief_max_articles)?));
        }
        let updates: Vec<BriefUpdate> =
            work.into_par_iter().map(|(story, title, members)| build(story, title, &members, options)).collect();
        store.put_briefs(&updates)?;
        built += updates.len();
        progress(built, stale.len());
    }
    Ok(built)
}

fn build(story: String, title: Option<String>, members: &[StoredArticle], options: &DeskOptions) -> BriefUpdate {
    let mut cleaned = Vec::new();
    let articles: Vec<Article> = members
        .iter()
        .map(|a| {
            if let Some(article) = a.cleaned.as_deref().and_then(|json| article_from_json(json).ok()) {
                return article;
            }
            let article = crate::clean::clean(&raw_of(a));
            cleaned.push((a.id.clone(), article_to_json_line(&article), article.title.clone()));
            article
        })
        .collect();
    let mut brief = crate::brief::build(articles, &options.brief);
    if title.is_some() {
        brief.title = title;
    }
    BriefUpdate { story, json: to_json(&brief), title: brief.title.clone(), cleaned }
}

/// A story's current brief (redirects followed), built now when the store has none or a
/// stale one (a store ingested without briefs); `None` for an unknown id.
pub fn current_brief(store: &mut dyn Store, story: &str, options: &DeskOptions) -> Result<Option<Brief>> {
    let Some(live) = store.resolve(story)? else { return Ok(None) };
    if store.brief(&live)?.is_none() || store.stale_stories()?.contains(&live) {
        let Some(row) = store.story(&live)? else { return Ok(None) };
        let members = store.members(&live, options.brief_max_articles)?;
        let update = build(live.clone(), row.title, &members, options);
        store.put_briefs(&[update])?;
    }
    story_brief(store, &live)
}

/// A stored story's brief (redirects followed), read back for rendering; `None` for an
/// unknown id or a story whose brief is not built yet.
pub fn story_brief(store: &dyn Store, story: &str) -> Result<Option<Brief>> {
    match store.brief(story)? {
        Some(json) => Ok(Some(from_json(&json)?)),
        None => Ok(None),
    }
}
