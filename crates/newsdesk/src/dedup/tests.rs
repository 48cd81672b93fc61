use super::*;

/// An invented wire story about an invented ferry accident.
const WIRE: &str = "A passenger ferry ran aground off the island of Velmar early on Saturday, and all 212 people on board were taken ashore by lifeboats, the coastguard said. \
The Northern Star left the harbour of Dunmore at 5 a.m. and struck a sandbank in thick fog about two miles from the coast. \
Coastguard spokesman Tomas Reilly said eleven passengers were treated for minor injuries and that no fuel had leaked. \
The operator, Velmar Ferries, said it had cancelled all crossings until Monday while divers inspected the hull. \
An investigation into the cause of the grounding has been opened by the maritime safety authority.";

/// The same wire copy under another masthead, with its own header and footer.
fn syndicated() -> String {
    format!("The Dunmore Gazette\nShare this article\n{WIRE}\nRead more: local news\nCopyright 2024")
}

/// A reworded version, as a machine translation back into English reads.
const REWORDED: &str = "A ferry for passengers ran aground off the island Velmar early Saturday, and all 212 persons on board were brought ashore with lifeboats, said the coastguard. \
The Northern Star had left the port of Dunmore at 5 a.m. and hit a sandbank in dense fog about two miles from the coast. \
Spokesman of the coastguard Tomas Reilly said that eleven passengers were treated for light injuries and no fuel leaked. \
The operator Velmar Ferries said it cancelled all crossings until Monday while divers inspect the hull. \
The maritime safety authority has opened an investigation into the cause of the grounding.";

/// Another outlet's own report of the same event: same facts, its own words.
const OTHER_REPORT: &str = "Fog is being blamed after the Northern Star, a ferry operated by Velmar Ferries, became stuck on a sandbank near Velmar on Saturday morning. \
Lifeboat crews spent three hours bringing 212 passengers and crew to safety. \
Several people were hurt, none seriously. Local residents gathered at the quay to offer blankets and hot drinks. \
Crossings are suspended and the safety authority will investigate, the company confirmed in a statement.";

#[test]
fn syndicated_and_reworded_copies_are_found_other_reports_are_not() {
    let texts = [WIRE.to_string(), syndicated(), REWORDED.to_string(), OTHER_REPORT.to_string()];
    assert_eq!(copies(&texts), [None, Some(0), Some(0), None]);
}

#[test]
fn copies_point_at_the_first_of_their_family() {
    let texts = [WIRE.to_string(), syndicated(), syndicated()];
    assert_eq!(copies(&texts), [None, Some(0), Some(0)]);
}

#[test]
fn short_boilerplate_is_never_a_copy() {
    let widget = "Tweet with a location. You can add location information to your Tweets. Learn more";
    assert_eq!(copies(&[widget, widget]), [None, None]);
}

#[test]
fn retired_articles_are_forgotten() {
    let terms: Vec<u32> = (0..60).collect();
    let sig = Signature::from_terms(&terms).unwrap();
    let mut index = DupIndex::new(DEFAULT_THRESHOLD);
    index.insert(sig.clone(), 7, 1);
    assert_eq!(index.find(&sig).map(|(k, _)| k), Some(7));
    index.retire_before(2);
    assert!(index.is_empty());
    assert_eq!(index.find(&sig), None);
}
