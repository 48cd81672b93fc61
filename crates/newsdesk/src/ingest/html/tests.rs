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
