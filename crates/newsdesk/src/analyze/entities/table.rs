//! From groups of mentions to the story's entity table: each group's kind voted, its name and
//! variants chosen (each merge with its reason), its citations; most mentioned first.

use super::{EntityTable, Group};
use crate::analyze::mentions::Mention;
use crate::analyze::names::FACILITY;
use newsdesk_model::{Article, Citation, Entity, EntityKind, VariantMerge};
use std::collections::BTreeMap;

pub(super) fn finish(
    articles: &[Article],
    mentions: &[Mention],
    groups: Vec<Group>,
    mut of: Vec<Option<usize>>,
    foreign: &[bool],
) -> EntityTable {
    let mut entities = Vec::new();
    let mut new_index = vec![None; groups.len()];
    for (gi, g) in groups.into_iter().enumerate() {
        let ms: Vec<&Mention> = g.mentions.iter().map(|&i| &mentions[i]).collect();
        let multiword = ms.iter().any(|m| m.words() >= 2);
        // A lone name's kind is what most of its mentions say ("on the Maasvlakte" ×3 beats
        // one speech cue nearby).
        let voted = (g.surname_key.is_none() && !g.known)
            .then(|| {
                // The model reads English: a mention in another language only breaks ties.
                let mut votes: BTreeMap<EntityKind, usize> = BTreeMap::new();
                for m in &ms {
                    if let Some(k) = m.kind {
                        *votes.entry(k).or_default() += if foreign[m.article] { 1 } else { 1000 };
                    }
                }
                votes.into_iter().max_by_key(|&(k, n)| (n, std::cmp::Reverse(k))).map(|(k, _)| k)
            })
            .flatten();
        // A named building, venue or road is a place, whoever runs it.
        let facility = !g.known
            && g.surname_key.is_none()
            && ms.iter().any(|m| m.words() >= 2 && FACILITY.contains(&m.last_word().to_lowercase()));
        let voted = if facility { Some(EntityKind::Place) } else { voted };
        let kind = match voted.or(g.kind) {
            Some(k) => k,
            // A repeated multi-word name nobody typed is most likely a name of something.
            None if multiword && ms.iter().any(|m| !m.initial) => EntityKind::Other,
            None => continue,
        };
        let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for (order, m) in ms.iter().enumerate() {
            let c = counts.entry(m.text.as_str()).or_insert((0, order));
            c.0 += 1;
        }
        let name = g.name.clone().unwrap_or_else(|| {
            counts
                .iter()
                .filter(|(v, _)| kind != EntityKind::Person || !multiword || v.contains(' '))
                .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
                .map_or_else(String::new, |(v, _)| v.to_string())
        });
        let mut variants: Vec<(&str, (usize, usize))> = counts.into_iter().collect();
        variants.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
        let mut article_ids: Vec<usize> = ms.iter().map(|m| m.article).collect();
        article_ids.sort_unstable();
        article_ids.dedup();
        let mut citations: Vec<Citation> = ms
            .iter()
            .filter(|m| !m.in_caption)
            .map(|m| Citation::new(articles[m.article].id.clone(), m.sentence))
            .collect();
        citations.dedup();
        let merges = variants
            .iter()
            .filter(|(v, _)| *v != name)
            .map(|(v, _)| VariantMerge {
                variant: v.to_string(),
                why: g.why.get(*v).cloned().unwrap_or_else(|| format!("same name as {name}")),
            })
            .collect();
        new_index[gi] = Some(entities.len());
        entities.push(Entity {
            name,
            kind,
            variants: variants.iter().map(|(v, _)| v.to_string()).collect(),
            articles: article_ids.iter().map(|&a| articles[a].id.clone()).collect(),
            mentions: ms.len(),
            merges,
            citations,
        });
    }
    for o in of.iter_mut() {
        *o = o.and_then(|g| new_index[g]);
    }
    // Most mentioned first; the mention map follows the new order.
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by(|&a, &b| {
        entities[b].mentions.cmp(&entities[a].mentions).then(entities[a].name.cmp(&entities[b].name))
    });
    let mut rank = vec![0; entities.len()];
    for (r, &e) in order.iter().enumerate() {
        rank[e] = r;
    }
    let mut sorted: Vec<Option<Entity>> = entities.into_iter().map(Some).collect();
    let entities = order.iter().filter_map(|&e| sorted[e].take()).collect();
    for o in of.iter_mut() {
        *o = o.map(|e| rank[e]);
    }
    EntityTable { entities, of_mention: of }
}
