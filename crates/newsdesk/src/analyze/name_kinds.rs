//! One kind per name in a story. The model types each mention from its sentence alone, so
//! one name can come out a person in one sentence and a thing in the next ("Dries Mertens"),
//! and the entity table, which groups people by surname and things by their words, then
//! lists it twice. Here every multi-word name gets the kind most of its mentions were given,
//! after the name's own head word has had its say: a name ending in an organisation word is
//! no person ("Andy Warhol Foundation"), nor is one ending in a facility word ("… Art Hall").

use super::gazetteer::is_org_word;
use super::mentions::Mention;
use super::names::FACILITY;
use newsdesk_model::EntityKind;
use std::collections::HashMap;

/// Settles the kind of every multi-word name the gazetteer does not know. `foreign`: per
/// article, whether it is not in English (the model reads English; such votes only break ties).
pub(super) fn settle(mentions: &mut [Mention], foreign: &[bool]) {
    for m in mentions.iter_mut().filter(|m| m.known.is_none() && m.words() >= 2) {
        if m.kind == Some(EntityKind::Person) {
            let head = m.last_word().to_string();
            if is_org_word(&head) {
                m.kind = Some(EntityKind::Organization);
            } else if FACILITY.contains(&head.to_lowercase()) {
                m.kind = Some(EntityKind::Place);
            }
        }
    }
    // Votes per name: (kind, weight, first position) so that a tie goes to the first reading.
    let mut votes: HashMap<&str, Vec<(EntityKind, usize, usize)>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate().filter(|(_, m)| m.known.is_none() && m.words() >= 2) {
        let Some(kind) = m.kind else { continue };
        let weight = if foreign.get(m.article).copied().unwrap_or(false) { 1 } else { 1000 };
        let entry = votes.entry(m.text.as_str()).or_default();
        match entry.iter_mut().find(|(k, _, _)| *k == kind) {
            Some(v) => v.1 += weight,
            None => entry.push((kind, weight, i)),
        }
    }
    let winners: HashMap<String, EntityKind> = votes
        .into_iter()
        .filter(|(_, v)| v.len() > 1)
        .filter_map(|(name, v)| {
            let best = v.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))?;
            Some((name.to_string(), best.0))
        })
        .collect();
    for m in mentions.iter_mut() {
        if let Some(&kind) = winners.get(&m.text) {
            if m.known.is_none() {
                m.kind = Some(kind);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(text: &str, kind: EntityKind, article: usize) -> Mention {
        Mention {
            article,
            sentence: 0,
            in_caption: false,
            range: 0..text.len(),
            text: text.to_string(),
            role: String::new(),
            kind: Some(kind),
            known: None,
            initial: false,
            matched: None,
        }
    }

    #[test]
    fn a_name_read_two_ways_takes_the_kind_most_of_its_mentions_have() {
        let mut ms = vec![
            mention("Dries Mertens", EntityKind::Other, 0),
            mention("Dries Mertens", EntityKind::Person, 0),
            mention("Dries Mertens", EntityKind::Person, 1),
            mention("Harlow Vane", EntityKind::Person, 0),
            mention("Harlow Vane", EntityKind::Organization, 1),
        ];
        settle(&mut ms, &[false, false]);
        assert!(ms[..3].iter().all(|m| m.kind == Some(EntityKind::Person)));
        // A tie goes to the first reading.
        assert!(ms[3..].iter().all(|m| m.kind == Some(EntityKind::Person)));
    }

    #[test]
    fn a_name_ending_in_an_organisation_or_facility_word_is_no_person() {
        let mut ms = vec![
            mention("Andy Warhol Foundation", EntityKind::Person, 0),
            mention("Miriam Kessel Stadium", EntityKind::Person, 0),
            mention("Andy Warhol", EntityKind::Person, 0),
        ];
        settle(&mut ms, &[false]);
        assert_eq!(ms[0].kind, Some(EntityKind::Organization));
        assert_eq!(ms[1].kind, Some(EntityKind::Place));
        assert_eq!(ms[2].kind, Some(EntityKind::Person));
    }
}
