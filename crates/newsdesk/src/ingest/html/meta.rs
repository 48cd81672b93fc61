//! A page's metadata: headline, publication date, author, outlet and canonical address.
//!
//! Input: a parsed [`Dom`]. Output: a [`Meta`] whose fields are `None` when the page does not
//! say. Sources, most trusted first: `<meta>` properties (Open Graph, `article:*`, Dublin
//! Core, `itemprop`), JSON-LD objects of an article type, `<link rel=canonical>`, `<time>`,
//! and `<title>`. The outlet falls back to the canonical address's host.

use super::dom::{Dom, Tag};
use crate::dates::parse_iso_date;
use chrono::NaiveDate;

/// What the page says about itself.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    /// The `<title>` element, which often carries the site name after a separator.
    pub page_title: Option<String>,
    pub date: Option<NaiveDate>,
    pub author: Option<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    /// The page's summaries (`og:description`, `description`, JSON-LD, ...; each once):
    /// often its standfirst.
    pub descriptions: Vec<String>,
}

const TITLE_KEYS: &[&str] = &["og:title", "twitter:title", "dc.title", "headline"];
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publishdate",
    "publish-date",
    "pubdate",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "parsely-pub-date",
    "sailthru.date",
    "datecreated",
    "article:modified_time",
    "datemodified",
];
const AUTHOR_KEYS: &[&str] = &["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"];
const SITE_KEYS: &[&str] = &["og:site_name", "application-name", "publisher"];
const DESCRIPTION_KEYS: &[&str] = &["og:description", "description", "twitter:description", "dc.description"];

/// Reads the metadata of `dom`.
pub fn read(dom: &Dom) -> Meta {
    let mut props: Vec<(String, String)> = Vec::new();
    let mut canonical = None;
    let mut time = None;
    for (tag, attrs) in &dom.tagged {
        let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim());
        match tag {
            Tag::Meta => {
                let key = get("property").or_else(|| get("name")).or_else(|| get("itemprop"));
                if let (Some(k), Some(v)) = (key, get("content")) {
                    if !v.is_empty() {
                        props.push((k.to_ascii_lowercase(), v.to_string()));
                    }
                }
            }
            Tag::Link | Tag::A => {
                let rel = get("rel").unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") && canonical.is_none() {
                    canonical = get("href").filter(|h| h.starts_with("http")).map(str::to_string);
                }
            }
            // The first `<time>`, unless a later one says it is the publication's.
            Tag::Time
                if time.is_none()
                    || get("pubdate").is_some()
                    || get("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datepublished")) =>
            {
                if let Some(d) = get("datetime").and_then(parse_iso_date) {
                    time = Some(d);
                }
            }
            _ => {}
        }
    }
    let prop = |keys: &[&str]| keys.iter().find_map(|k| props.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()));
    let ld = json_ld(dom);
    let mut meta = Meta {
        title: prop(TITLE_KEYS).or(ld.title),
        page_title: dom
            .title
            .as_deref()
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty()),
        date: DATE_KEYS
            .iter()
            .find_map(|k| props.iter().filter(|(n, _)| n == k).find_map(|(_, v)| parse_iso_date(v)))
            .or(ld.date)
            .or(time),
        author: prop(AUTHOR_KEYS).filter(|a| !a.starts_with("http")).or(ld.author),
        site: prop(SITE_KEYS).or(ld.site),
        url: canonical.or_else(|| prop(&["og:url"]).filter(|u| u.starts_with("http"))),
        descriptions: Vec::new(),
    };
    // Pages give several summaries (one per vocabulary) that need not agree.
    let found = props.iter().filter(|(n, _)| DESCRIPTION_KEYS.contains(&n.as_str())).map(|(_, v)| v);
    for d in found.chain(&ld.descriptions) {
        if !meta.descriptions.contains(d) {
            meta.descriptions.push(d.clone());
        }
    }
    if meta.site.is_none() {
        meta.site = meta.url.as_deref().and_then(host);
    }
    meta
}

/// The host of an absolute address, without `www.`.
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// The first article-typed JSON-LD object's fields.
fn json_ld(dom: &Dom) -> Meta {
    let mut out = Meta::default();
    for script in &dom.json_ld {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(script.trim()) else { continue };
        let mut stack = vec![&value];
        let mut steps = 0;
        while let Some(v) = stack.pop() {
            steps += 1;
            if steps > 10_000 {
                break;
            }
            match v {
                serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
                serde_json::Value::Object(obj) => {
                    if let Some(graph) = obj.get("@graph") {
                        stack.push(graph);
                    }
                    if is_article(obj.get("@type")) {
                        let s = |k: &str| obj.get(k).and_then(|v| v.as_str()).map(|s| s.trim().to_string());
                        out.title = out.title.or_else(|| s("headline"));
                        out.date = out.date.or_else(|| s("datePublished").and_then(|d| parse_iso_date(&d)));
                        out.author = out.author.or_else(|| obj.get("author").and_then(name));
                        out.site = out.site.or_else(|| obj.get("publisher").and_then(name));
                        out.descriptions.extend(s("description").filter(|d| !d.is_empty()));
                    }
                }
                _ => {}
            }
        }
    }
    out
}

fn is_article(t: Option<&serde_json::Value>) -> bool {
    let is = |s: &str| s.ends_with("Article") || matches!(s, "BlogPosting" | "Report" | "LiveBlogPosting");
    match t {
        Some(serde_json::Value::String(s)) => is(s),
        Some(serde_json::Value::Array(a)) => a.iter().filter_map(|v| v.as_str()).any(is),
        _ => false,
    }
}

/// A name from a string, an object with `name`, or the first of an array of those.
fn name(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.trim().to_string()),
        serde_json::Value::Object(o) => o.get("name").and_then(|n| n.as_str()).map(|s| s.trim().to_string()),
        serde_json::Value::Array(a) => a.iter().find_map(name),
        _ => None,
    }
    .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::html::dom::parse;

    #[test]
    fn reads_meta_json_ld_and_canonical() {
        let page = r#"<html><head><title>Ferry resumes | Island Herald</title>
<meta property="og:site_name" content="Island Herald">
<link rel="canonical" href="https://www.islandherald.example/ferry">
<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Ferry resumes",
"datePublished":"2031-03-04T08:00:00+01:00","author":[{"@type":"Person","name":"Mara Linde"}]}]}</script>
</head><body></body></html>"#;
        let m = read(&parse(page));
        assert_eq!(m.title.as_deref(), Some("Ferry resumes"));
        assert_eq!(m.page_title.as_deref(), Some("Ferry resumes | Island Herald"));
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2031, 3, 4));
        assert_eq!(m.author.as_deref(), Some("Mara Linde"));
        assert_eq!(m.site.as_deref(), Some("Island Herald"));
        assert_eq!(m.url.as_deref(), Some("https://www.islandherald.example/ferry"));
    }

    #[test]
    fn site_falls_back_to_the_host() {
        let m = read(&parse(r#"<meta property="og:url" content="https://www.coastal.example:8080/a?b">"#));
        assert_eq!(m.site.as_deref(), Some("coastal.example"));
    }
}
