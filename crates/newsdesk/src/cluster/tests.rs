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

const STRIKE: &str = "Dockworkers at the port of Valmora walked out on Monday over pay, and the Valmora union said 4,500 members would stay out until the operator Delta Gate improved its offer of 7.5 percent.";

fn dated(id: &str, text: &str, date: &str) -> RawArticle {
    RawArticle { date: chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(), ..raw(id, text) }
}

#[test]
fn numbers_and_names_are_features() {
    let cfg = ClusterConfig::default();
    let a = Doc::from_raw(&raw("a", "Officials counted 4,500 strikers at Valmora."), &cfg);
    let b = Doc::from_raw(&raw("b", "Officials counted 4500 strikers at the port."), &cfg);
    let shared = a.terms.iter().filter(|t| b.terms.iter().any(|u| u.0 == t.0)).count();
    // "officials" (sentence start: no name), "counted", "4500", "strikers".
    assert_eq!(shared, 4, "{a:?}\n{b:?}");
    assert!(a.terms.len() == b.terms.len() + 1, "Valmora counts as word and as name, port only as word");
}

#[test]
fn languages_are_never_merged() {
    let en = RawArticle { lang: Some("en".into()), ..raw("en", STRIKE) };
    let de = RawArticle { lang: Some("de".into()), ..raw("de", STRIKE) };
    let out = cluster(&[en.clone(), de, RawArticle { id: "en2".into(), ..en }], &ClusterConfig::default());
    assert_ne!(out[0].story, out[1].story);
    assert_eq!(out[0].story, out[2].story);
    assert_eq!(out[1].lang.as_deref(), Some("de"));
}

#[test]
fn idle_stories_retire_and_memory_stays_flat() {
    let cfg = ClusterConfig { window_days: 7, ..ClusterConfig::default() };
    let mut clusterer = Clusterer::new(cfg.clone());
    let mut most = 0;
    for day in 0..60 {
        for k in 0..5 {
            let text = format!("Story number {day} {k}: the council of Town{day}x{k} voted on a budget of {day}{k}00 crowns for road repairs in Town{day}x{k}, officials said after a long meeting.");
            let date = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Days::new(day);
            let doc = Doc::from_raw(&dated("x", &text, &date.to_string()), &cfg);
            clusterer.push(&doc);
        }
        most = most.max(clusterer.active_stories());
    }
    assert!(most <= 5 * 9, "active stories bounded by the window, got {most}");
}

#[test]
fn a_story_idle_past_the_window_is_not_joined() {
    let cfg = ClusterConfig::default();
    let out = cluster(
        &[
            dated("a", STRIKE, "2024-01-01"),
            dated("b", "A volcano erupted on Kelso island, closing the airport of Kelso for two days.", "2024-01-20"),
            dated("c", STRIKE, "2024-01-21"),
        ],
        &cfg,
    );
    assert_ne!(out[0].story, out[2].story);
    assert_eq!(out[2].duplicate_of, None, "the original left the window");
}

#[test]
fn undated_articles_keep_their_place_in_the_stream() {
    let docs: Vec<Doc> = [Some(5), None, Some(1), None].into_iter().map(|day| Doc { day, ..Doc::default() }).collect();
    // Undated articles take the date before them: keys 5, 5, 1, 1.
    assert_eq!(arrival_order(&docs), [2, 3, 0, 1]);
}
