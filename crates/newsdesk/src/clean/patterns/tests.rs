use super::*;
use RemovalReason::*;

#[test]
fn families_match_their_examples() {
    let cases = [
        ("Post a Comment", CommentPrompt),
        ("Please enter your comment!", CommentPrompt),
        ("Please enter your name here", CommentPrompt),
        ("Leave a reply", CommentPrompt),
        ("Email*", CommentPrompt),
        ("Advertise with us: reach thousands of readers every week.", Advertising),
        ("12 Comments", CommentPrompt),
        ("Share this article", SharePrompt),
        ("Subscribe to our daily newsletter", SharePrompt),
        ("Facebook Twitter WhatsApp Email", SharePrompt),
        ("Follow us on Twitter", SharePrompt),
        ("Advertisement", Advertising),
        ("Are you interested in advertising on our website or video channel", Advertising),
        ("Please contact us at [email protected]", Advertising),
        ("Previous Post Next Post", Navigation),
        ("Previous article Next article", Navigation),
        ("Continue reading the main story", Navigation),
        ("Latest news", SectionMarker),
        ("Latest News", SectionMarker),
        ("Must read", SectionMarker),
        ("You might also likeRELATED", SectionMarker),
        ("Recommended to you", SectionMarker),
        ("More from Arts & Entertainment:", SectionMarker),
        ("Find KARE 11 on Facebook: https://www.facebook.com/x/", SharePrompt),
        ("Related stories", SectionMarker),
        ("LOOK: Time is short: are they on the brink?", Teaser),
        ("READ ALSO: Port talks collapse", Teaser),
        ("We use cookies to improve your experience on our site.", SiteNotice),
        ("© 2023 Coastal Herald. All rights reserved.", SiteNotice),
        ("This material may not be published, broadcast, rewritten or redistributed.", SiteNotice),
        ("Tweet with a location", SocialEmbed),
        ("These crawls are part of an effort to archive pages as they are created.", SiteNotice),
        ("FILE - In this March 2, 2021 file photo, a crane unloads a ship.", Caption),
        ("Zach Gibson/AFP/Getty Images", Caption),
        ("___", Navigation),
        ("Jane Roe contributed to this report.", Byline),
        ("Hatton contributed from Lisbon, Portugal.", Byline),
        ("RELATED: Ten ports to watch", Teaser),
        ("Dockers gather at the gate as the strike enters its third... (Associated Press)", Caption),
        ("This story has been updated with comment from the union.", SiteNotice),
        ("Updated 12:34 PM ET, Mon December 5, 2016", SiteNotice),
        ("Read the full ruling here.", Navigation),
    ];
    for (text, want) in cases {
        assert_eq!(boilerplate(text), Some(want), "{text}");
    }
}

#[test]
fn every_gate_names_exactly_one_pattern() {
    let patterns: Vec<String> = families().into_iter().flat_map(|(_, p)| p).collect();
    for (fragment, _) in GATES {
        assert_eq!(patterns.iter().filter(|p| p.contains(fragment)).count(), 1, "{fragment}");
    }
}

#[test]
fn wire_editing_notes_are_notices() {
    for text in [
        "EDITOR'S NOTE: This story contains an image some readers may find disturbing.",
        "Eds: UPDATES with new figures, details. With AP Photos.",
        "(Corrects spelling of the engineer's name.)",
        "Follow AP's coverage of the storm at the top of the page.",
        "Associated Press writer Lena Marsh in Boston contributed to this report.",
    ] {
        assert_eq!(boilerplate(text), Some(SiteNotice), "{text}");
    }
    assert_eq!(boilerplate("Editors said the note was wrong."), None);
}

#[test]
fn story_sentences_are_not_boilerplate() {
    for text in [
        "The union said it would comment on the offer on Monday.",
        "Latest figures show 4,500 workers joined the strike.",
        "Readers were asked to share their views with the ministry.",
        "Related talks will follow next week in Vienna, officials said.",
        "Also on Wednesday, court records showed that a judge appointed a bank.",
        "The company uses cookies and other snacks as gifts, the report says, and has done so for years without complaint from staff or visitors.",
        // A sentence that opens with an update stamp is still a sentence.
        "Updated 9:15 a.m. ET May 3 with the ferry operator's statement on the Kelso crossing delays.",
    ] {
        assert_eq!(boilerplate(text), None, "{text}");
    }
}

#[test]
fn inline_spans_are_stripped() {
    let (text, removed) = strip_inline("Strike now! pic.twitter.com/abc123 — Jane Roe (@janeroe) March 14, 2023");
    assert_eq!(text, "Strike now!");
    assert_eq!(removed.len(), 2);
    let (text, removed) = strip_inline("Dockers march on Tuesday. (AP Photo/Jan Berg)");
    assert_eq!((text.as_str(), removed[0].1), ("Dockers march on Tuesday.", Caption));
}

#[test]
fn long_archive_notices_are_recognised() {
    let notice = format!(
        "These crawls are part of an effort to archive pages as they are created {}",
        "and archived ".repeat(40)
    );
    assert_eq!(boilerplate(&notice), Some(SiteNotice));
    let newsletter = format!(
        "Newsletter Sign Up Please verify you're not a robot by clicking the box. Invalid email address. {}",
        "You will receive emails containing news content and updates. ".repeat(8)
    );
    assert_eq!(boilerplate(&newsletter), Some(SiteNotice));
    let story = "word ".repeat(80);
    assert_eq!(boilerplate(&story), None);
}

#[test]
fn leading_photo_credit_is_stripped() {
    let (text, removed) = strip_inline("Jan Berg/Getty Images Dockers march through the port on Tuesday.");
    assert_eq!(text, "Dockers march through the port on Tuesday.");
    assert_eq!(removed[0].1, Caption);
}

#[test]
fn captions() {
    let is_caption = |s: &str| is_caption(s, crate::text::word_count(s));
    assert!(is_caption("Union leader Ana Ruiz (centre) addresses workers on Tuesday."));
    assert!(is_caption("Workers picket outside Terminal 3 in Porto Vell, Catalonia, March 14, 2023."));
    assert!(is_caption("Strikers march. (Photo: Jan Berg)"));
    // Caption labels of other languages.
    assert!(is_caption("Abbildung: Schneehöhen im Tal am Morgen nach dem Sturm"));
    assert!(is_caption("Foto: Hafenamt"));
    assert!(!is_caption("Bildung ist das Thema der Woche: Schulen öffnen wieder"));
    assert!(!is_caption("The law took effect in Brussels on January 10, 2022."));
    assert!(!is_caption("Workers walked out on Tuesday, the union said."));
    assert!(!is_caption("Sen. Ted Cruz (R) leads the field in the latest poll."));
    // Each pattern past its cheap test (see `CAPTION_NEEDS`).
    assert!(is_caption("Caption: dockers at work"));
    assert!(is_caption("Dockers at work. AFP/Jan Berg"));
    assert!(is_caption("Ana Ruiz (pictures: Jan Berg)"));
}

#[test]
fn first_bytes_cover_every_start() {
    let set = first_bytes(r"(?i)^(« ?)?(previous|next) (post|page)").expect("anchored, never empty");
    for b in [b'p', b'P', b'n', b'N', "«".as_bytes()[0]] {
        assert!(set[b as usize], "{}", b as char);
    }
    assert!(!set[b'x' as usize] && !set[b' ' as usize]);
    let digits = first_bytes(r"^\d+ comments").expect("anchored");
    assert!(digits[b'7' as usize] && digits["٣".as_bytes()[0] as usize] && !digits[b'c' as usize]);
    // Case-insensitive `s` also matches the long s `ſ`, so its first byte must pass.
    assert!(first_bytes(r"(?i)^see").expect("anchored")["ſ".as_bytes()[0] as usize]);
    assert!(first_bytes(r"^a?").is_none(), "may match the empty string");
    assert!(first_bytes(r"ab").is_none(), "not anchored");
}

#[test]
fn section_markers_of_other_languages() {
    for label in [
        "Schon gelesen?",
        "Das könnte Sie auch interessieren:",
        "À lire aussi",
        "Noticias relacionadas",
        "CZYTAJ TAKŻE",
    ] {
        assert_eq!(boilerplate(label), Some(SectionMarker), "{label}");
    }
    // A label is the whole block: a sentence that starts with one is story text.
    for text in
        ["Lesen Sie auch, was der Minister am Montag dazu sagte.", "Leggi anche il rapporto completo del ministero"]
    {
        assert_eq!(boilerplate(text), None, "{text}");
    }
}
