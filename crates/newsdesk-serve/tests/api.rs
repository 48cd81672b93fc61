//! The HTTP API and the pages over a real server on loopback: status codes, shapes (as
//! `shared/contracts/README.md` fixes them), errors as JSON, the token, security headers and
//! the escaping of hostile articles.

mod common;

use common::{seg, Server, TOKEN};
use serde_json::Value;

fn stories(server: &Server, query: &str) -> Vec<Value> {
    let reply = server.get(&format!("/api/v1/stories?{query}"));
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()["stories"].as_array().cloned().unwrap_or_default()
}

/// The story of an article id.
fn story_of(server: &Server, article: &str) -> String {
    let reply = server.get(&format!("/api/v1/articles/{}", seg(article)));
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()["story"].as_str().unwrap_or_default().to_string()
}

#[test]
fn health_and_openapi() {
    let server = Server::shared();
    let reply = server.get("/healthz");
    assert_eq!((reply.status, reply.body.as_str()), (200, "ok"));
    let doc = server.get("/api/v1/openapi.json").json();
    assert!(doc["openapi"].as_str().unwrap_or("").starts_with("3."));
    for path in [
        "/api/v1/stories",
        "/api/v1/stories/{id}",
        "/api/v1/articles/{id}",
        "/api/v1/search",
        "/api/v1/articles",
        "/healthz",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} is described");
    }
}

#[test]
fn stories_page_through_with_cursors() {
    let server = Server::shared();
    let all = stories(server, "limit=100");
    assert!(all.len() >= 9, "the example desk has its stories: {}", all.len());
    for s in &all {
        for field in ["id", "title", "articles", "outlets", "first_seen", "last_seen", "languages"] {
            assert!(s.get(field).is_some(), "story has {field}: {s}");
        }
    }
    let mut paged = Vec::new();
    let mut cursor = String::new();
    for _ in 0..50 {
        let reply = server.get(&format!("/api/v1/stories?limit=3{cursor}")).json();
        paged.extend(reply["stories"].as_array().cloned().unwrap_or_default());
        match reply["next"].as_str() {
            Some(next) => cursor = format!("&cursor={next}"),
            None => {
                assert!(reply["next"].is_null());
                break;
            }
        }
    }
    assert_eq!(paged, all, "pages of 3 add up to the whole list, in order");
}

#[test]
fn stories_filter_by_since_and_q() {
    let server = Server::shared();
    let since = stories(server, "since=2025-05-15&limit=100");
    assert!(!since.is_empty());
    assert!(since.iter().all(|s| s["last_seen"].as_str().unwrap_or("") >= "2025-05-15"));
    assert!(since.len() < stories(server, "limit=100").len(), "since drops older stories");
    let ferry = stories(server, "q=ferry&limit=100");
    let ids: Vec<&str> = ferry.iter().filter_map(|s| s["id"].as_str()).collect();
    assert!(ids.contains(&story_of(server, "northgate-greek-ferry-captain-arrested").as_str()), "{ids:?}");
    assert!(ids.contains(&story_of(server, "northgate-nordlysing-survivors-recount").as_str()), "{ids:?}");
    let panda = story_of(server, "kestrel-lindenmere-red-panda-twins");
    assert!(!ids.contains(&panda.as_str()), "a story without the word is left out");
}

#[test]
fn bad_parameters_are_400_json() {
    let server = Server::shared();
    for path in [
        "/api/v1/stories?limit=0",
        "/api/v1/stories?limit=abc",
        "/api/v1/stories?limit=1000",
        "/api/v1/stories?cursor=xyz",
        "/api/v1/stories?since=yesterday",
        "/api/v1/search",
        "/api/v1/search?q=",
        "/api/v1/search?q=ferry&limit=-1",
        "/search/feed.atom",
    ] {
        let reply = server.get(path);
        assert_eq!(reply.status, 400, "{path}: {}", reply.body);
        assert_eq!(reply.error_code(), "bad_request", "{path}");
        assert!(reply.json()["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
}

#[test]
fn unknown_ids_are_404_json() {
    let server = Server::shared();
    for path in [
        "/api/v1/stories/no-such-story",
        "/api/v1/articles/no-such-article",
        "/api/v1/nothing",
        "/stories/nope/feed.atom",
    ] {
        let reply = server.get(path);
        assert_eq!(reply.status, 404, "{path}: {}", reply.body);
        assert_eq!(reply.error_code(), "not_found", "{path}");
    }
    let page = server.get("/stories/no-such-story");
    assert_eq!(page.status, 404);
    assert!(page.header("content-type").unwrap_or("").starts_with("text/html"));
    assert_eq!(server.get("/no/such/page").status, 404);
}

#[test]
fn a_story_is_its_brief_plus_story_with_valid_citations() {
    let server = Server::shared();
    let id = story_of(server, "northgate-hungary-mayor-charged");
    let brief = server.get(&format!("/api/v1/stories/{}", seg(&id))).json();
    assert_eq!(brief["story"]["id"], id.as_str());
    assert!(brief["story"]["articles"].as_u64().unwrap_or(0) >= 10, "the saga is one story");
    for key in ["articles", "summary", "entities", "quotes", "figures", "timeline", "divergences"] {
        assert!(brief[key].is_array(), "brief has {key}");
    }
    let articles = brief["articles"].as_array().cloned().unwrap_or_default();
    let mut checked = 0;
    for section in ["summary", "quotes", "figures", "timeline"] {
        for item in brief[section].as_array().into_iter().flatten() {
            for c in item["citations"].as_array().into_iter().flatten() {
                let a = articles.iter().find(|a| a["id"] == c["article"]).expect("cited article is in the brief");
                let n = c["sentence"].as_u64().unwrap_or(u64::MAX) as usize;
                assert!(n < a["sentences"].as_array().map_or(0, |s| s.len()), "citation {c} exists");
                checked += 1;
            }
        }
    }
    assert!(checked > 5);
}

#[test]
fn an_article_is_the_clean_output_plus_story() {
    let server = Server::shared();
    let reply = server.get("/api/v1/articles/northgate-hungary-mayor-charged");
    assert_eq!(reply.status, 200);
    let a = reply.json();
    assert_eq!(a["id"], "northgate-hungary-mayor-charged");
    assert!(a["story"].is_string());
    assert!(a["sentences"].as_array().is_some_and(|s| s.len() > 3));
    assert!(a["removed"].as_array().is_some_and(|r| r.iter().all(|x| x["reason"].is_string())));
}

#[test]
fn search_answers_by_story() {
    let server = Server::shared();
    let results = server.get("/api/v1/search?q=ferry").json()["results"].as_array().cloned().unwrap_or_default();
    assert!(!results.is_empty());
    for r in &results {
        for field in ["story", "article", "title", "snippet", "score"] {
            assert!(r.get(field).is_some(), "{field} in {r}");
        }
    }
    let stories: std::collections::HashSet<_> = results.iter().map(|r| r["story"].to_string()).collect();
    assert_eq!(stories.len(), results.len(), "one result per story");
    let page = server.get("/search?q=ferry");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("class=\"results\""));
}

#[test]
fn pages_carry_a_strict_policy_and_security_headers() {
    let server = Server::shared();
    let id = story_of(server, "northgate-hungary-mayor-charged");
    for path in [
        "/".to_string(),
        format!("/stories/{}", seg(&id)),
        "/articles/northgate-hungary-mayor-charged".into(),
        "/search?q=mayor".into(),
        "/api/v1/stories".into(),
        "/nope".into(),
    ] {
        let reply = server.get(&path);
        let csp = reply.header("content-security-policy").unwrap_or_default();
        assert!(csp.contains("default-src 'self'") && csp.contains("script-src 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(reply.header("x-content-type-options"), Some("nosniff"), "{path}");
        assert!(reply.header("referrer-policy").is_some(), "{path}");
        if !path.starts_with("/api") {
            assert!(!reply.body.contains(" style=\""), "{path}: no inline style attribute");
            assert!(!reply.body.contains("<script"), "{path}: no script at all");
        }
    }
}

#[test]
fn the_story_page_shows_the_brief_with_pictures_and_changes() {
    let server = Server::shared();
    let id = story_of(server, "northgate-hungary-mayor-charged");
    let page = server.get(&format!("/stories/{}", seg(&id)));
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<svg") && page.body.contains("class=\"chart timeline\""));
    assert!(page.body.contains("class=\"chart coverage\""));
    assert!(page.body.contains("href=\"/articles/") && page.body.contains("#s"), "citations link to sentences");
    assert!(page.body.contains("id=\"quotes\"") && page.body.contains("id=\"sources\""));
    let since = server.get(&format!("/stories/{}?since=2025-05-15", seg(&id)));
    assert!(since.body.contains("Since 2025-05-15"));
    assert!(since.body.contains("new article"));
    assert_eq!(server.get(&format!("/stories/{}?since=soon", seg(&id))).status, 400);
}

#[test]
fn the_article_page_has_an_anchor_per_sentence_and_removals() {
    let server = Server::shared();
    let page = server.get("/articles/northgate-hungary-mayor-charged");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("id=\"s0\"") && page.body.contains("id=\"s3\""));
    assert!(page.body.contains("class=\"removed\"") || page.body.contains("Nothing was removed"));
}

#[test]
fn feeds_are_atom() {
    let server = Server::shared();
    let id = story_of(server, "northgate-hungary-mayor-charged");
    let feed = server.get(&format!("/stories/{}/feed.atom", seg(&id)));
    assert_eq!(feed.status, 200);
    assert!(feed.header("content-type").unwrap_or("").starts_with("application/atom+xml"));
    assert!(feed.body.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assert!(feed.body.matches("<entry>").count() >= 10);
    let search = server.get("/search/feed.atom?q=strike");
    assert_eq!(search.status, 200);
    assert!(search.body.matches("<entry>").count() >= 2);
}

#[test]
fn hostile_articles_are_text_everywhere() {
    let server = Server::shared();
    let story = story_of(server, "hostile-script");
    let pages = [
        "/".to_string(),
        "/?page=1".into(),
        format!("/stories/{}", seg(&story)),
        "/articles/hostile-script".into(),
        "/articles/hostile-css".into(),
        "/search?q=quellmark".into(),
        "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E".into(),
        format!("/stories/{}/feed.atom", seg(&story)),
        "/search/feed.atom?q=quellmark".into(),
    ];
    for path in &pages {
        let body = server.get(path).body;
        for bad in ["<script", "<img", "<style", "onerror=\"", "onmouseover=\"", "href=\"javascript:", "<b>"] {
            assert!(!body.to_lowercase().contains(bad), "{path} contains {bad:?}");
        }
    }
    let front: String = (1..=5).map(|n| server.get(&format!("/?page={n}")).body).collect();
    assert!(front.contains("Harbour etaerC Times"), "an outlet's direction override is dropped from the outlet line");
    assert!(!front.contains('\u{202e}'));
    let article = server.get("/articles/hostile-script").body;
    assert!(article.contains("&#60;script&#62;") || article.contains("&lt;script&gt;"), "the script shows as text");
    assert!(!article.contains("window.__pwned=3\""), "a javascript: URL is never a link");
    let css = server.get("/articles/hostile-css").body;
    assert!(css.contains("&#60;/style&#62;") || css.contains("&lt;/style&gt;"));
    assert!(css.contains("<bdi>"), "untrusted text is isolated from direction overrides");
    // The quoted URL is percent-encoded inside the link, never an attribute of its own.
    assert!(css.contains("pilots%22onmouseover=%22"), "{css}");
}

#[test]
fn metrics_count_requests_and_the_store() {
    let server = Server::shared();
    server.get("/healthz");
    server.get("/api/v1/stories/no-such-story");
    let text = server.get("/metrics").body;
    assert!(text.contains("newsdesk_http_requests_total{route=\"/healthz\",status=\"200\"}"), "{text}");
    assert!(text.contains("newsdesk_http_requests_total{route=\"/api/v1/stories/{id}\",status=\"404\"}"));
    assert!(text.contains("newsdesk_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"}"));
    let articles = text.lines().find_map(|l| l.strip_prefix("newsdesk_articles ")).and_then(|n| n.parse::<u64>().ok());
    assert!(articles.is_some_and(|n| n >= 59), "{text}");
    assert!(text.contains("newsdesk_ingest_errors_total "));
}

#[test]
fn ingest_needs_the_token_and_adds_articles_once() {
    let server = Server::start(|c| c.max_body = 64 * 1024);
    let line = br#"{"id": "api-posted-1", "title": "Lantern festival lights up Brackwater", "date": "2025-05-18", "source": "Brackwater Echo", "text": "Thousands of paper lanterns drifted over the river in the invented town of Brackwater on Sunday night. The festival, now in its twelfth year, drew about 9,000 visitors, organisers said. \"It is the busiest night of our year,\" said organiser Mira Pell."}"#;
    let jsonl = [("content-type", "application/x-ndjson")];
    let refused = server.post("/api/v1/articles", &jsonl, line);
    assert_eq!((refused.status, refused.error_code().as_str()), (401, "unauthorized"));
    let wrong = server.post(
        "/api/v1/articles",
        &[("content-type", "application/x-ndjson"), ("authorization", "Bearer nope")],
        line,
    );
    assert_eq!(wrong.status, 401);
    assert_eq!(server.get("/api/v1/articles/api-posted-1").status, 404, "nothing was added");
    let auth = format!("Bearer {TOKEN}");
    let headers = [("content-type", "application/x-ndjson"), ("authorization", auth.as_str())];
    let added = server.post("/api/v1/articles", &headers, line);
    assert_eq!(added.status, 200, "{}", added.body);
    assert_eq!(added.json()["new"], 1);
    let article = server.get("/api/v1/articles/api-posted-1").json();
    assert!(article["story"].is_string(), "{article}");
    let again = server.post("/api/v1/articles", &headers, line).json();
    assert_eq!((again["new"].as_u64(), again["duplicates"].as_u64()), (Some(0), Some(1)));
    let page = br#"<!DOCTYPE html><html><head><title>Brackwater lanterns</title></head><body><article><h1>Brackwater lanterns</h1><p>Lanterns drifted over the river in Brackwater on Sunday as the festival marked its twelfth year with about 9,000 visitors.</p><p>Organisers said the night was the busiest of the year for the town's cafes and boatmen.</p></article></body></html>"#;
    let html = server.post(
        "/api/v1/articles?name=echo-lanterns",
        &[("content-type", "text/html"), ("authorization", auth.as_str())],
        page,
    );
    assert_eq!(html.status, 200, "{}", html.body);
    assert_eq!(server.get("/api/v1/articles/echo-lanterns").status, 200);
    // A reworded copy of a stored article joins its story; the story's cached view is replaced.
    let saga = story_of(&server, "northgate-hungary-mayor-charged");
    let before = server.get(&format!("/api/v1/stories/{}", seg(&saga))).json()["story"]["articles"].as_u64();
    let original = server.get("/api/v1/articles/northgate-hungary-mayor-charged").json();
    let text: Vec<&str> = original["sentences"].as_array().into_iter().flatten().filter_map(|s| s.as_str()).collect();
    let copy = serde_json::json!({"id": "api-posted-copy", "date": original["date"], "source": "Echo Wire",
        "title": original["title"], "text": format!("{} The hearing was adjourned until the afternoon.", text.join(" "))});
    let joined = server.post("/api/v1/articles", &headers, format!("{copy}\n").as_bytes());
    assert_eq!(joined.json()["new"], 1, "{}", joined.body);
    assert_eq!(story_of(&server, "api-posted-copy"), saga, "the copy joins the saga");
    let after = server.get(&format!("/api/v1/stories/{}", seg(&saga))).json()["story"]["articles"].as_u64();
    assert_eq!(after, before.map(|n| n + 1), "the story answers with its new member at once");
    let empty = server.post("/api/v1/articles", &headers, b"  ");
    assert_eq!((empty.status, empty.error_code().as_str()), (400, "bad_request"));
    let url_only =
        server.post("/api/v1/articles", &[("authorization", auth.as_str())], b"https://feeds.example/rss.xml\n");
    assert_eq!(url_only.status, 400, "an address alone is not fetched: {}", url_only.body);
    let bad_name = server.post("/api/v1/articles?name=../x", &headers, line);
    assert_eq!(bad_name.status, 400);
    let big = vec![b'x'; 200 * 1024];
    let too_big = server.post("/api/v1/articles", &headers, &big);
    assert_eq!(too_big.status, 413, "{}", too_big.body);
    let metrics = server.get("/metrics").body;
    assert!(metrics.contains("newsdesk_ingested_articles_total 3"), "{metrics}");
}

#[test]
fn without_a_token_ingest_is_off() {
    let server = Server::start(|c| c.token = None);
    let reply = server.post("/api/v1/articles", &[("authorization", "Bearer ")], b"{\"id\":\"x\",\"text\":\"y\"}");
    assert_eq!((reply.status, reply.error_code().as_str()), (403, "ingest_disabled"));
}
