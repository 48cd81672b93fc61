use super::*;

fn raw(text: &str) -> RawArticle {
    RawArticle::new("t", text, "t.txt")
}

fn removed_with(a: &Article, reason: RemovalReason) -> Vec<&str> {
    a.removed.iter().filter(|r| r.reason == reason).map(|r| r.text.as_str()).collect()
}

fn text_of(a: &Article) -> String {
    a.sentence_texts().collect::<Vec<_>>().join(" ")
}

const STORY: &str = "BusinessDock strike halts Valmora port
Dock strike halts Valmora port

VALMORA

By Ines Carvalho

14 Mar, 2023 | 9:12 am

(Harbour Wire); Thousands of dockworkers at the port of Valmora walked out on Monday, halting container traffic.

The dockworkers' union says the port operator refused a pay rise after two years of rising prices at the port.

Union leader Ana Ruiz (centre) addresses dockworkers at the port gate on Tuesday.

– Talks with the port operator –

The union and the port operator will meet on Thursday, and the union expects the strike at the port to last.

• Port operator says the strike costs the port millions.
• Port strike: what it means for your holiday
• Local team wins the basketball cup final

READ ALSO: Port strikes spread across the region

Leave a comment

Latest news

Dollar slips against the euro in quiet trading

Markets were calm on Tuesday as traders waited for the central bank...

Previous article Next article";

#[test]
fn every_kind_of_junk_in_one_story() {
    let a = clean(&raw(STORY));
    assert_eq!(a.title.as_deref(), Some("Dock strike halts Valmora port"));
    assert_eq!(removed_with(&a, RemovalReason::RepeatedTitle), ["BusinessDock strike halts Valmora port"]);
    assert_eq!(removed_with(&a, RemovalReason::Title), ["Dock strike halts Valmora port"]);
    assert_eq!(a.dateline.as_deref(), Some("VALMORA"));
    assert_eq!(a.byline.as_deref(), Some("Ines Carvalho"));
    assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2023, 3, 14));
    assert_eq!(removed_with(&a, RemovalReason::SourceTag), ["(Harbour Wire);"]);
    assert_eq!(removed_with(&a, RemovalReason::Caption).len(), 1);
    assert_eq!(removed_with(&a, RemovalReason::Subheading), ["– Talks with the port operator –"]);
    assert_eq!(
        removed_with(&a, RemovalReason::Teaser),
        ["Port strike: what it means for your holiday", "READ ALSO: Port strikes spread across the region"]
    );
    assert_eq!(removed_with(&a, RemovalReason::CommentPrompt), ["Leave a comment"]);
    assert_eq!(removed_with(&a, RemovalReason::SectionMarker), ["Latest news"]);
    assert_eq!(removed_with(&a, RemovalReason::Navigation), ["Previous article Next article"]);
    let unrelated = removed_with(&a, RemovalReason::UnrelatedHeadline);
    assert!(unrelated.contains(&"Local team wins the basketball cup final"), "{unrelated:?}");
    assert!(unrelated.contains(&"Dollar slips against the euro in quiet trading"), "{unrelated:?}");
    assert!(unrelated.iter().any(|u| u.starts_with("Markets were calm")), "{unrelated:?}");

    let text = text_of(&a);
    assert!(text.starts_with("Thousands of dockworkers"), "{text}");
    assert!(
        text.ends_with(
            "the union expects the strike at the port to last. Port operator says the strike costs the port millions."
        ),
        "related bulleted sentence kept: {text}"
    );
}

#[test]
fn every_block_is_kept_or_removed() {
    let a = clean(&raw(STORY));
    let blocks = STORY.lines().filter(|l| !l.trim().is_empty()).count();
    let kept_paragraphs = a.sentences.last().map_or(0, |s| s.paragraph + 1);
    let removed_blocks = a.removed.iter().filter(|r| r.reason != RemovalReason::SourceTag).count();
    assert_eq!(kept_paragraphs + removed_blocks, blocks);
}

#[test]
fn first_line_ending_in_a_period_is_a_lead_not_a_title() {
    let a = clean(&raw("Port reopens after a week of strikes.\n\nThe port of Valmora reopened on Friday after the union accepted a new pay offer from the operator."));
    assert_eq!(a.title, None);
    assert_eq!(a.sentences.len(), 2);
}

#[test]
fn lead_paragraph_is_not_mistaken_for_a_title() {
    let a = clean(&raw(
        "The port of Valmora reopened on Friday. The union accepted a new pay offer.\n\nShips queued overnight.",
    ));
    assert_eq!(a.title, None);
    assert_eq!(a.sentences.len(), 3);
}

#[test]
fn given_title_copies_are_removed() {
    let mut r = raw("Port reopens\n\nThe port reopened on Friday.");
    r.title = Some("Port reopens".into());
    let a = clean(&r);
    assert_eq!(removed_with(&a, RemovalReason::RepeatedTitle), ["Port reopens"]);
    assert_eq!(text_of(&a), "The port reopened on Friday.");
}

#[test]
fn empty_text_gives_no_sentences() {
    assert!(clean(&raw("")).sentences.is_empty());
}

#[test]
fn list_items_after_an_introduction_are_kept() {
    let a = clean(&raw("The port operator announced three changes to its offer on Tuesday:\n\nA one-off bonus\n\nShorter night shifts\n\nA review in June\n\nThe union said it would study the offer before the vote."));
    let text = text_of(&a);
    assert!(text.contains("Shorter night shifts"), "{text}");
    assert!(a.removed.iter().all(|r| r.reason != RemovalReason::Subheading), "{:?}", a.removed);
}

#[test]
fn dash_led_speech_keeps_its_dash_and_bullets_lose_theirs() {
    let a = clean(&raw("Residents spoke at the site on Thursday morning.\n\n– People were calling for help from the water.\n\n- Short bullet point here\n\nThe council met later that day."));
    let s: Vec<&str> = a.sentence_texts().collect();
    assert!(s.contains(&"– People were calling for help from the water."), "{s:?}");
    assert!(!s.iter().any(|t| t.starts_with("- Short")), "{s:?}");
}

#[test]
fn wire_datelines_after_an_editing_note_are_tags() {
    let a = clean(&raw("Eds: UPDATES with new figures.\n\nDUNMORE COVE, Maine (AP) — Engineers began examining the wreckage on Wednesday.\n\nThey found a snapped cable."));
    let text = text_of(&a);
    assert!(text.starts_with("Engineers began"), "{text}");
    assert!(!text.contains("Eds:"), "{text}");
}

#[test]
fn wire_datelines_with_a_date_or_an_underscore_are_tags() {
    for lead in [
        "MARLOW, Sep. 24 (AP) -- Talks collapsed on Tuesday.",
        "KELSO, Maine, Nov. 25, 1998 (AP) -- Talks collapsed on Tuesday.",
        "WASHINGTON (AP) _ Talks collapsed on Tuesday.",
    ] {
        let a = clean(&raw(&format!("{lead}\n\nBoth sides left the port.")));
        assert!(text_of(&a).starts_with("Talks collapsed"), "{lead}: {}", text_of(&a));
        assert!(
            a.dateline.as_deref().is_some_and(|d| ["MARLOW", "KELSO, Maine", "WASHINGTON"].contains(&d)),
            "{lead}: {:?}",
            a.dateline
        );
    }
}

#[test]
fn a_paragraph_broken_mid_sentence_is_joined() {
    let a = clean(&raw(
        "The mediator asked both sides to meet\n\nagain on Thursday in The Hague, and both agreed to come.",
    ));
    assert_eq!(
        text_of(&a),
        "The mediator asked both sides to meet again on Thursday in The Hague, and both agreed to come."
    );
}

#[test]
fn a_tweet_keeps_its_words_and_loses_its_widget() {
    let a = clean(&raw("Dockworkers at the port of Valmora walked out on Monday over pay and shift rules.\n\nWe stand with the dockers of Valmora pic.twitter.com/abc123 — Ana Ruiz (@anaruiz) March 14, 2023"));
    assert!(text_of(&a).ends_with("We stand with the dockers of Valmora"), "{}", text_of(&a));
    assert!(a.removed.iter().any(|r| r.reason == RemovalReason::SocialEmbed));
}

#[test]
fn a_leading_web_address_is_the_source_and_the_headline_follows_it() {
    let a = clean(&raw("http: / / www. harbour - wire. example / 2023 / dock - strike /
Dock strike halts Valmora port
Thousands of dockworkers at the port of Valmora walked out on Monday, halting container traffic."));
    assert_eq!(a.title.as_deref(), Some("Dock strike halts Valmora port"));
    assert_eq!(a.url.as_deref(), Some("http://www.harbour-wire.example/2023/dock-strike/"));
    assert_eq!(removed_with(&a, RemovalReason::SourceTag).len(), 1);
    assert!(text_of(&a).starts_with("Thousands of dockworkers"));
}
