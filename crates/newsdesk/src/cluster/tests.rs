use super::*;
use newsdesk_model::Origin;

fn raw(id: &str, text: &str) -> RawArticle {
    RawArticle {
        id: id.into(),
        text: text.into(),
        title: None,
        date: None,
        url: None,
        source: None,
        lang: None,
        origin: Origin { input: "t".into(), line: None },
    }
}

#[test]
fn english_is_recognised_without_whatlang() {
    let cfg = ClusterConfig::default();
    let d = Doc::from_raw(&raw("a", "Perennial party girl Tara Reid checked herself into Promises Treatment Center, her rep told People.\n`` We appreciate your respect to her and her family's privacy at this time, '' the 33-year-old actress's rep Jack Ketsoyan told the magazine exclusively for their Web site."), &cfg);
    assert_eq!(d.lang.as_deref(), Some("en"));
}
