//! Page extraction on invented pages (`tests/data/ingest`).

use super::*;
use crate::ingest::{read_bytes, Ingested};

const LIGHTHOUSE: &[u8] = include_bytes!("../../../tests/data/ingest/lighthouse.html");
const CAFE_LATIN1: &[u8] = include_bytes!("../../../tests/data/ingest/cafe_latin1.html");

fn texts(page: &Page) -> Vec<&str> {
    page.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

#[test]
fn news_page_story_and_metadata() {
    let page = extract(LIGHTHOUSE, None);
    assert_eq!(page.title.as_deref(), Some("Lighthouse on Skerra Point relit after forty years"));
    assert_eq!(page.date, chrono::NaiveDate::from_ymd_opt(2031, 5, 14));
    assert_eq!(page.author.as_deref(), Some("Ines Marlow"));
    assert_eq!(page.site.as_deref(), Some("The Northcoast Courier"));
    assert_eq!(page.url.as_deref(), Some("https://www.northcoast-courier.example/news/skerra-lighthouse-relit"));
    let text = page.plain_text();
    for kept in
        ["shone again on Tuesday night", "A lamp rebuilt from old drawings", "“Fishermen asked for it for years,”"]
    {
        assert!(text.contains(kept), "missing {kept:?} in {text}");
    }
    for junk in [
        "cookies",
        "Sport",
        "Share on",
        "Harbour dredging",
        "wonderful evening",
        "Most read",
        "Registered office",
        "not text",
        "Photo: Courier",
        "Tags:",
    ] {
        assert!(!text.contains(junk), "leaked {junk:?} in {text}");
    }
    // The headline is the title, not a paragraph; the subheading is marked as a heading.
    assert!(!texts(&page).contains(&"Lighthouse on Skerra Point relit after forty years"));
    assert!(page.text().contains("\n\n## A lamp rebuilt from old drawings\n\n"));
}

#[test]
fn declared_legacy_charset_is_honoured() {
    let page = extract(CAFE_LATIN1, None);
    assert_eq!(page.title.as_deref(), Some("Café owners in Brünnhaven fight rent rise"));
    let text = page.plain_text();
    assert!(text.contains("twelve cafés on Brünnhaven’s market square"), "{text}");
    assert!(text.contains("“We cannot pass this on to our guests,” said Jörg Müller"), "{text}");
    assert!(!text.contains("Impressum") && !text.contains("Lokales"), "{text}");
}

#[test]
fn page_becomes_an_article_through_ingest() {
    let mut out = Ingested::default();
    read_bytes("pages/lighthouse.html", LIGHTHOUSE, &mut out);
    let a = &out.articles[0];
    assert_eq!(a.id, "lighthouse");
    assert!(a.markup);
    assert_eq!(a.source.as_deref(), Some("The Northcoast Courier"));
    let cleaned = crate::clean::clean(a);
    let sentences: Vec<&str> = cleaned.sentences.iter().map(|s| s.text.as_str()).collect();
    assert!(sentences[0].starts_with("The lighthouse on Skerra Point shone again"), "{sentences:?}");
    assert!(sentences.contains(&"A lamp rebuilt from old drawings"), "{sentences:?}");
    assert!(!sentences.iter().any(|s| s.contains("relit after forty years")), "title excluded: {sentences:?}");
}

#[test]
fn html_is_recognised_whatever_the_extension() {
    let mut out = Ingested::default();
    read_bytes("saved-page.txt", LIGHTHOUSE, &mut out);
    assert_eq!(out.articles[0].title.as_deref(), Some("Lighthouse on Skerra Point relit after forty years"));
    assert!(!out.articles[0].text.contains("<p>"));
}

#[test]
fn page_without_prose_is_reported() {
    let mut out = Ingested::default();
    read_bytes("menu.html", b"<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>", &mut out);
    assert!(out.articles.is_empty());
    assert!(out.problems[0].to_string().contains("menu.html: no article text"), "{}", out.problems[0]);
}

#[test]
fn short_page_without_container_keeps_its_text() {
    let page = extract(b"<p>Council meets at noon.</p><p>Agenda: budget.</p>", None);
    assert_eq!(texts(&page), vec!["Council meets at noon.", "Agenda: budget."]);
}

#[test]
fn hostile_markup_neither_panics_nor_leaks_markup() {
    let cases: Vec<Vec<u8>> = vec![
        b"<html><body><p>unclosed <b><i><a href='x'>deep".to_vec(),
        "<div>".repeat(5000).into_bytes(),
        b"<p>a</p></div></div></body></html></html><p>b".to_vec(),
        b"<script>document.write('<p>fake</p>')</script><p>The real paragraph that is long enough to count as prose here.</p>".to_vec(),
        b"<p title='<p>'>x &amp;&#0;&#xD800;&#x110000;&bogus; &lt;tag&gt;</p>".to_vec(),
        vec![0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00],
        b"<!--<p>comment</p>--><![CDATA[<p>cdata</p>]]><?php echo 1 ?><p>after</p>".to_vec(),
    ];
    for bytes in cases {
        let page = extract(&bytes, None);
        let text = page.plain_text();
        assert!(!text.contains("<p>") && !text.contains("fake") && !text.contains("comment</p>"), "{text}");
    }
}

/// Our own reading (no second opinion, which short invented pages would get).
fn own(html: &str) -> Page {
    own_reading(html).0
}

const BODY: &str = r#"<div class="article-body">
<p>The ferry line between the two islands resumed service on Tuesday after three days of storms.</p>
<p>Operators said the first crossing carried 240 passengers and the week's mail for the islands.</p>
<p>The harbour master said the breakwater had held and that no boats were lost in the storm.</p>
</div>"#;

#[test]
fn standfirst_marked_as_a_teaser_is_kept_when_the_summary_names_it() {
    let page = format!(
        r#"<html><head><title>Ferry resumes</title>
<meta property="og:description" content="Three days of storms cut the islands off; on Tuesday the ferry sailed again."></head>
<body><article><h1>Ferry resumes</h1>
<div class="teaser-text"><p>Three days of storms cut the islands off; on Tuesday the ferry sailed again, full.</p></div>
{BODY}<div class="teaser"><p>Another story entirely, about a bakery that opened a second shop downtown.</p></div>
</article></body></html>"#
    );
    let text = own(&page).plain_text();
    assert!(text.starts_with("Three days of storms cut the islands off"), "{text}");
    assert!(!text.contains("bakery"), "{text}");
}

#[test]
fn standfirst_further_up_is_the_lead() {
    let page = format!(
        r#"<html><head><meta name="description" content="Three days of storms cut the islands off; on Tuesday the ferry sailed again."></head>
<body><p class="intro">Three days of storms cut the islands off; on Tuesday the ferry sailed again.</p>
<ul><li><a href="/s">Subscribe now for one euro a month and read every story on the islands</a></li>
<li><a href="/l">Log in with your account from the mainland edition or the island edition</a></li></ul>
<p>Listen to this story</p>
{BODY}</body></html>"#
    );
    let text = own(&page).plain_text();
    assert!(text.starts_with("Three days of storms"), "{text}");
    assert!(!text.contains("Subscribe") && !text.contains("Listen"), "{text}");
}

#[test]
fn heading_that_runs_to_sentences_is_a_paragraph() {
    let page = format!(
        r#"<html><body><h1>Ferry resumes</h1>
<h2>Three days of storms cut the islands off from the mainland. On Tuesday the ferry sailed again, carrying mail and passengers.</h2>
<p>May 4</p>{BODY}</body></html>"#
    );
    let page = own(&page);
    let lead = page.paragraphs.iter().find(|p| p.text.starts_with("Three days of storms"));
    assert!(lead.is_some_and(|p| !p.heading), "{:?}", page.paragraphs);
    let short = own(&format!("<html><body>{BODY}<h2>What comes next for the line?</h2></body></html>"));
    assert!(short.paragraphs.iter().all(|p| !p.text.starts_with("What comes") || p.heading));
}

#[test]
fn section_that_opens_with_prose_survives_its_table_of_contents() {
    let page = r##"<html><body><div class="entry-content">
<p>The ferry line between the two islands resumed service on Tuesday after three days of storms.</p>
<h2>The essentials</h2>
<p>Crossings run every two hours from six in the morning until ten at night, weather permitting.</p>
<p>Tickets bought for the cancelled days are valid on any crossing until the end of the month.</p>
<div class="toc"><p>Contents</p><ul><li><a href="#a">1 The essentials of the timetable</a></li>
<li><a href="#b">2 Tickets and refunds for cancelled days</a></li><li><a href="#c">3 What the harbour master said</a></li>
<li><a href="#d">4 Frequently asked questions about crossings</a></li><li><a href="#e">5 Contact the operator</a></li></ul></div>
<h2>Tickets</h2>
<p>Operators said the first crossing carried 240 passengers and the week's mail for the islands.</p>
<h2>More stories</h2><ul><li><a href="/x">Harbour dredging begins next spring after years of delay</a></li>
<li><a href="/y">Island school gets a new roof before the winter storms</a></li></ul>
</div></body></html>"##;
    let text = own(page).plain_text();
    assert!(text.contains("Crossings run every two hours"), "{text}");
    assert!(!text.contains("Harbour dredging") && !text.contains("More stories"), "{text}");
}

#[test]
fn sentence_that_links_a_long_clause_is_prose() {
    let page = r#"<html><body><div class="article-body">
<p>The ferry line between the two islands resumed service on Tuesday after three days of storms.</p>
<p>She replaced the former director, <a href="/d">who had run the line for eight years alongside the harbour office.</a></p>
<p>Operators said the first crossing carried 240 passengers and the week's mail for the islands.</p>
<p><a href="/t">Island school gets a new roof before the winter storms arrive in the north</a></p>
<p>The harbour master said the breakwater had held and that no boats were lost in the storm.</p>
</div></body></html>"#;
    let text = own(page).plain_text();
    assert!(text.contains("She replaced the former director"), "{text}");
    assert!(!text.contains("Island school"), "{text}");
}

#[test]
fn credited_caption_is_no_lead() {
    let page = format!(
        r#"<html><body><div class="wrap"><ul><li><a href="/a">Subscribe now for one euro a month and read every story on the islands</a></li>
<li><a href="/b">Log in with your account from the mainland edition or the island edition</a></li></ul>
<h2>Ferry resumes</h2>
<p>The first ferry in three days leaves the harbour of the larger island on Tuesday morning. © Island Photo Agency</p>
{BODY}</div></body></html>"#
    );
    let text = own(&page).plain_text();
    assert!(!text.contains("Photo Agency"), "{text}");
    assert!(text.starts_with("The ferry line"), "{text}");
}
