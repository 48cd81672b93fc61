use super::*;

fn raw(id: &str, text: &str) -> RawArticle {
    RawArticle::new(id, text, "t")
}

#[test]
fn english_is_recognised_without_whatlang() {
    let cfg = ClusterConfig::default();
    let d = Doc::from_raw(&raw("a", "The singer Mara Quell checked into a clinic in Valmora on Tuesday, her agent told reporters.\n`` We ask you to respect her privacy and that of her family at this time, '' the 41-year-old's agent Tomas Brenner said in a statement on their web site."), &cfg);
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
fn spelt_out_numbers_are_the_same_features_as_figures() {
    let cfg = ClusterConfig::default();
    let ids = |text: &str| -> Vec<u32> { Doc::from_raw(&raw("x", text), &cfg).terms.iter().map(|t| t.0).collect() };
    assert_eq!(ids("The actor became the Eleventh Doctor."), ids("The actor became the 11th Doctor."));
    assert_eq!(ids("Fifteen ships sailed."), ids("15 ships sailed."));
    // Below ten, words are not numbers: "first" is a stopword-like adverb far more often.
    assert_ne!(ids("The third ship sailed."), ids("The 3rd ship sailed."));
}

#[test]
fn text_without_spaces_is_cut_into_words_and_its_figures_read_with_their_units() {
    let cfg = ClusterConfig::default();
    let ids = |text: &str| -> Vec<u32> { Doc::from_raw(&raw("x", text), &cfg).terms.iter().map(|t| t.0).collect() };
    let a = ids("瓦尔莫拉港码头工人周一因工资问题罢工，工会表示四千五百名成员将继续罢工。");
    let b = ids("工会称，瓦尔莫拉港的码头工人罢工已进入第二天，运营商仍未提高报价。");
    // One clause would be one feature: the two share words (码头, 罢工, 工会...) and the
    // bigrams of the port's name, which no dictionary holds.
    let shared = a.iter().filter(|id| b.contains(id)).count();
    assert!(shared >= 5, "{shared} shared\n{a:?}\n{b:?}");
    // "12亿美元" is 1.2 billion dollars: the number feature is the one "1.2 billion" gives.
    let zh = ids("政府发行了12亿美元债券。");
    let en = ids("The government sold bonds worth 1.2 billion dollars.");
    assert!(zh.iter().any(|id| en.contains(id)), "{zh:?}\n{en:?}");
}

#[test]
fn one_event_in_two_languages_is_one_story_and_another_event_is_not() {
    let en = RawArticle { lang: Some("en".into()), ..raw("en", STRIKE) };
    let ru = |id: &str, text: &str| RawArticle { lang: Some("ru".into()), ..raw(id, text) };
    let ru_strike = ru(
        "ru",
        "Докеры порта Валмора в понедельник объявили забастовку из-за зарплаты. Профсоюз Валмора \
         сообщил, что 4500 членов не выйдут на работу, пока оператор Дельта Гейт не улучшит \
         предложение в 7,5 процента.",
    );
    let other = ru(
        "ru-other",
        "Вулкан на острове Кельсо проснулся в среду, аэропорт Кельсо закрыт, около 1200 жителей \
         эвакуированы, сообщил губернатор Марек Давидов.",
    );
    let out =
        cluster(&[en.clone(), ru_strike, other, RawArticle { id: "en2".into(), ..en }], &ClusterConfig::default());
    assert_eq!(out[0].story, out[1].story, "{out:?}");
    assert_eq!(out[0].story, out[3].story);
    assert_ne!(out[2].story, out[0].story);
    assert_eq!(out[1].lang.as_deref(), Some("ru"));
}

#[test]
fn languages_do_not_merge_without_shared_names_or_numbers() {
    let cfg = ClusterConfig { languages_threshold: 2.0, languages_model_budget: 0, ..ClusterConfig::default() };
    let en = RawArticle { lang: Some("en".into()), ..raw("en", STRIKE) };
    let de = RawArticle { lang: Some("de".into()), ..raw("de", STRIKE) };
    // Linking switched off (keys and sentence model): words alone never join two languages.
    let out = cluster(&[en, de], &cfg);
    assert_ne!(out[0].story, out[1].story);
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
fn a_story_idle_past_the_window_rejoins_only_within_one_refinement_window() {
    let raws = [
        dated("a", STRIKE, "2024-01-01"),
        dated("b", "A volcano erupted on Kelso island, closing the airport of Kelso for two days.", "2024-01-20"),
        dated("c", STRIKE, "2024-01-21"),
    ];
    // A sparse stream: one refinement window spans the three weeks, so the story that went
    // quiet comes back as itself (the online pass alone has retired it).
    let out = cluster(&raws, &ClusterConfig::default());
    assert_eq!(out[0].story, out[2].story, "{out:?}");
    assert_eq!(out[2].duplicate_of, None, "the original left the online window");
    // A budget too small to span the gap: windows are cut by days and the story stays retired.
    let small = ClusterConfig { refine_max_articles: 1, ..ClusterConfig::default() };
    let out = cluster(&raws, &small);
    assert_ne!(out[0].story, out[2].story, "{out:?}");
}

#[test]
fn long_archive_notices_are_not_features() {
    // Invented wording in the shape of the web archive's crawl note: prose, over 60 words.
    let notice = "These crawls are part of an effort to archive pages as they appear and to keep the pages they point to. When a page that is cited changes or goes away, a link to the copy that was live when the citing page was written can be kept. The archive hopes that links to these copies will stand in for links that would otherwise break, or sit next to them so readers can see what an author first meant to show.";
    let cfg = ClusterConfig::default();
    let d = Doc::from_raw(&raw("n", notice), &cfg);
    assert!(d.len() < cfg.min_features, "{d:?}");
    let story = Doc::from_raw(&raw("s", &format!("{STRIKE}\n{notice}")), &cfg);
    assert!(story.len() >= cfg.min_features);
}

#[test]
fn crawl_seed_notices_are_not_features() {
    // Invented lines in the shape of an archive crawl's seed description: short, listed, with
    // none of the hand-picked boilerplate keywords, only words the notice patterns gate on.
    let notice = "The seed for Wide00099 was:\n- Slash pages from every domain on the web:\n\
        -- a ranking of all URLs that have two or more incoming links from other domains\n\
        -- up to a maximum of 50 most highly ranked URLs per domain\n\
        - Top ranked pages (up to a max of 50) from every domain that is linked to";
    let cfg = ClusterConfig::default();
    let d = Doc::from_raw(&raw("n", notice), &cfg);
    assert!(d.len() < cfg.min_features, "{d:?}");
}

#[test]
fn email_form_notices_are_not_features() {
    // Invented wording in the shape of an "email this page" form: prose that mentions email.
    let notice = "Thank you for your interest in spreading the word about the Gazette.\n\
        NOTE: We only request your email address so that the friend you are sending this page to \
        knows it came from you and that it is not spam. Nothing you type here is stored.";
    let cfg = ClusterConfig::default();
    let d = Doc::from_raw(&raw("n", notice), &cfg);
    assert!(d.len() < cfg.min_features, "{d:?}");
}

#[test]
fn refinement_groups_reworded_reports_by_event() {
    // Two events of one kind (dock strikes), reworded reports: each event one story.
    let texts = [
        "Dockworkers at the port of Valmora walked out on Monday over pay; the Valmora union wants a 12% rise from Delta Gate.",
        "The strike at Valmora port entered its second day as Delta Gate and the dockworkers' union failed to agree on pay.",
        "Valmora dockworkers kept the port shut on Wednesday; Delta Gate said the union's 12% demand was too high.",
        "Dockworkers at the port of Ostrava walked out on Friday over night shifts; the Ostrava union blames Harbour Line.",
        "Harbour Line said Ostrava port would reopen soon while dockworkers protested against new night shifts.",
        "The Ostrava dock strike over night shifts spread to a second terminal run by Harbour Line on Saturday.",
    ];
    let raws: Vec<RawArticle> = texts.iter().enumerate().map(|(i, t)| raw(&i.to_string(), t)).collect();
    let out = cluster(&raws, &ClusterConfig::default());
    let s: Vec<&str> = out.iter().map(|a| a.story.as_deref().unwrap_or("")).collect();
    assert_eq!(s[0], s[1]);
    assert_eq!(s[0], s[2]);
    assert_eq!(s[3], s[4]);
    assert_eq!(s[3], s[5]);
    assert_ne!(s[0], s[3]);
}

#[test]
fn a_story_running_across_windows_stays_one_story() {
    // Windows of 7 days from the first article: [Jan 1, Jan 8) and [Jan 9, ...). The online
    // story links the refined clusters of both windows.
    // Reworded reports, so no article is a copy of another.
    let reports = [
        (STRIKE, "2024-01-01"),
        ("The strike at Valmora port entered its fifth day as Delta Gate and the dockworkers' union failed to agree on pay.", "2024-01-05"),
        ("Valmora dockworkers kept the port shut for a ninth day; Delta Gate said the union's demand of 7.5 percent was too high.", "2024-01-09"),
        ("Delta Gate and the Valmora union of dockworkers met again as the port strike over pay neared two weeks.", "2024-01-12"),
    ];
    let raws: Vec<RawArticle> = reports.iter().enumerate().map(|(i, (t, d))| dated(&i.to_string(), t, d)).collect();
    // A refinement budget of 3 cuts the windows by days (a run goes past its days only while
    // it holds at most half the budget); also with the least memory: one article held for
    // reordering.
    let budget = ClusterConfig { refine_max_articles: 3, ..ClusterConfig::default() };
    let small = ClusterConfig { reorder_articles: 1, ..budget.clone() };
    for cfg in [budget, small] {
        let out = cluster(&raws, &cfg);
        assert!(out.iter().all(|a| a.story == out[0].story && a.duplicate_of.is_none()), "{out:?}");
    }
}

#[test]
fn batches_in_or_out_of_date_order_give_what_place_gives() {
    let cfg = ClusterConfig::default();
    let texts = [STRIKE, "A volcano erupted on the island of Kelso on Friday, and ash from the Kelso volcano closed the airport for 2 days."];
    for dates in [
        ["2024-01-01", "2024-01-02", "2024-01-09", "2024-01-10"],
        ["2024-01-10", "2024-01-02", "2024-01-09", "2024-01-01"],
    ] {
        let mut raws: Vec<RawArticle> = (0..12).map(|i| dated(&format!("a{i}"), texts[i % 2], dates[i / 3])).collect();
        raws.push(raw("undated", STRIKE));
        let docs: Vec<Doc> = raws.iter().map(|r| Doc::from_raw(r, &cfg)).collect();
        let want: Vec<Option<String>> =
            place(&docs, &cfg).iter().map(|p| Some(format!("story-{}", p.story + 1))).collect();
        let mut stream = Stream::new(&cfg);
        for (chunk, docs) in raws.chunks(5).zip(docs.chunks(5)) {
            stream.extend(chunk.iter().map(|r| r.id.clone()).zip(docs.iter().cloned()));
        }
        let got: Vec<Option<String>> = stream.finish().into_iter().map(|a| a.story).collect();
        assert_eq!(got, want, "{dates:?}");
        assert_eq!(cluster(&raws, &cfg).into_iter().map(|a| a.story).collect::<Vec<_>>(), want);
    }
}

#[test]
fn junk_pages_have_no_story_and_short_items_have_one() {
    // Invented: a page that is only a social widget, and two headline-sized items of one event.
    let widget = "This post is unavailable\n\nFollow us on Twitter\n\nShare on Facebook\n\nAccept cookies to view this content\n\nAdvertisement";
    let raws = [
        raw("widget", widget),
        raw("h1", "Valmora dockworkers strike over pay"),
        raw("h2", "Valmora dockworkers strike enters second day"),
    ];
    let out = cluster(&raws, &ClusterConfig::default());
    assert_eq!(out[0].story, None);
    assert!(out[0].reason.as_deref().is_some_and(|r| r.contains("boilerplate")), "{out:?}");
    assert!(out[1].story.is_some() && out[1].reason.is_none());
    assert_eq!(out[1].story, out[2].story, "{out:?}");
    let line = serde_json::to_string(&out[0]).unwrap();
    assert!(line.contains("\"story\":null") && line.contains("\"reason\""), "{line}");
}

#[test]
fn the_refinement_budget_is_counted_in_features() {
    let cfg = ClusterConfig::default();
    // A pile of 11,000 feed items (~25 features each) is refined; a week of 2,000 full
    // articles a day (~150 features each) is not.
    assert!(cfg.refines(11_000, 11_000 * 25));
    assert!(!cfg.refines(14_000, 14_000 * 150));
    assert!(cfg.refines(1_750, 1_750 * 150));
}
#[test]
fn pages_mostly_of_boilerplate_have_no_story() {
    // Invented: an error page and an archive notice, each with a line or two of site text left.
    let cfg = ClusterConfig::default();
    let error_page = "Sorry, we couldn't find the page you were looking for. It may have been moved or deleted.\n\n\
        Error code: 404\n\nTry the sections News, Sport or Weather, or tell us which link brought you here.";
    let archived = "This article is more than 9 years old\n\nThis page has been archived and is no longer updated.\n\n\
        Older stories can be searched in the reading room of the Valmora Gazette.";
    for text in [error_page, archived] {
        let d = Doc::from_raw(&raw("p", text), &cfg);
        assert!(d.no_content(&cfg).is_some(), "{d:?}");
    }
    // A short story under a share bar and a comment prompt is content.
    let story = format!("Share this article\n\n{STRIKE}\n\nLeave a comment");
    assert_eq!(Doc::from_raw(&raw("s", &story), &cfg).no_content(&cfg), None);
}

/// Two reports of the Valmora strike and an unrelated one, placed by the online pass alone
/// with a join threshold no pair reaches on arrival; `days` dates them (else undated).
fn placed_alone(rejoin_threshold: f32, days: Option<[&str; 3]>) -> Vec<usize> {
    let cfg = ClusterConfig { threshold: 0.95, merge_threshold: 2.0, rejoin_threshold, ..ClusterConfig::default() };
    let texts = [
        STRIKE,
        "The Valmora dockworkers' strike went on for a third day: the union of 4,500 members turned down Delta Gate's offer of 7.5 percent and the port stayed shut.",
        "A volcano erupted on the island of Kelso on Friday, and ash from the Kelso volcano closed the airport for two days.",
    ];
    let mut clusterer = Clusterer::new(cfg.clone());
    for (k, text) in texts.iter().enumerate() {
        let article = match days {
            Some(days) => dated("x", text, days[k]),
            None => raw("x", text),
        };
        clusterer.push(&Doc::from_raw(&article, &cfg));
    }
    clusterer.placements().iter().map(|p| p.story).collect()
}

#[test]
fn a_story_of_one_article_is_read_again_at_the_end() {
    // Apart on arrival; at the end the first report joins the second's story, and the volcano
    // stays alone.
    assert_eq!(placed_alone(2.0, None), [0, 1, 2]);
    assert_eq!(placed_alone(0.2, None), [0, 0, 1]);
}

#[test]
fn a_story_of_one_article_is_read_again_when_the_stream_ends_not_once_retired() {
    // Dated, all within the window: read again at the end as an undated input is.
    let days = Some(["2024-01-01", "2024-01-03", "2024-01-05"]);
    assert_eq!(placed_alone(2.0, days), [0, 1, 2]);
    assert_eq!(placed_alone(0.2, days), [0, 0, 1]);
    // The volcano comes 10 days later: both strike stories retire then, and a retired story
    // is not read again (its vector is dropped with it).
    let days = Some(["2024-01-01", "2024-01-03", "2024-01-13"]);
    assert_eq!(placed_alone(0.2, days), [0, 1, 2]);
}
