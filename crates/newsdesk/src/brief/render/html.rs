//! The brief as one self-contained HTML page. All text from the articles is escaped and a
//! Content-Security-Policy forbids scripts, so nothing from the input can run.

use super::cited_numbers;
use crate::text::urls::{outlet, safe_url};
use newsdesk_model::{Brief, Citation, EntityKind};
use std::fmt::Write;

const STYLE: &str =
    "body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}\
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}sup a{text-decoration:none}\
.meta{color:#666;font-size:.9rem}.removed{color:#888;font-size:.85rem}\
details{margin:.5rem 0}table{border-collapse:collapse}th{text-align:left;padding-right:1rem;white-space:nowrap;vertical-align:top}dt{font-weight:bold}ol.sentences li:target{background:#fff3b0}";

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn marks(brief: &Brief, citations: &[Citation]) -> String {
    let mut out = String::new();
    for n in cited_numbers(brief, citations) {
        let first = citations.iter().find(|c| super::article_number(brief, c) == n);
        let anchor = first.map_or_else(|| format!("a{n}"), |c| format!("a{n}-s{}", c.sentence));
        let _ = write!(out, "<sup><a href=\"#{anchor}\">[{n}]</a></sup>");
    }
    out
}

/// An article's title, linking its address when that is a web address.
fn source_title(a: &newsdesk_model::Article) -> String {
    let title = escape(a.title.as_deref().unwrap_or("(untitled)"));
    match a.url.as_deref().and_then(safe_url) {
        Some(url) => format!("<a href=\"{}\" rel=\"noopener noreferrer\">{title}</a>", escape(&url)),
        None => title,
    }
}

/// The brief as a complete HTML document.
pub fn to_html(brief: &Brief) -> String {
    let title = escape(super::super::headline(brief).unwrap_or("Story brief"));
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{title}</title><style>{STYLE}</style></head><body>\n<h1>{title}</h1>\n<p class=\"meta\">{} articles</p>\n",
        brief.articles.len()
    );
    out.push_str("<h2>Summary</h2>\n<ul>\n");
    for s in &brief.summary {
        let _ = writeln!(out, "<li>{} {}</li>", escape(&s.text), marks(brief, &s.citations));
    }
    out.push_str("</ul>\n");
    if !brief.entities.is_empty() {
        out.push_str("<h2>People, organisations and places</h2>\n<dl>\n");
        for kind in [EntityKind::Person, EntityKind::Organization, EntityKind::Place] {
            let items: Vec<String> = brief
                .entities
                .iter()
                .filter(|e| e.kind == kind)
                .map(|e| {
                    let title =
                        e.merges.iter().map(|m| format!("{}: {}", m.variant, m.why)).collect::<Vec<_>>().join("; ");
                    format!(
                        "<span title=\"{}\">{}</span> {}",
                        escape(&title),
                        escape(&e.name),
                        marks(brief, &e.citations)
                    )
                })
                .collect();
            if !items.is_empty() {
                let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", super::markdown::kind_label(kind), items.join(", "));
            }
        }
        out.push_str("</dl>\n");
    }
    if !brief.quotes.is_empty() {
        out.push_str("<h2>Who said what</h2>\n<ul>\n");
        for q in &brief.quotes {
            let speaker = q
                .speaker
                .as_deref()
                .map_or_else(|| "<i>Unattributed</i>".to_string(), |s| format!("<b>{}</b>", escape(s)));
            let words = if q.direct {
                format!("“{}”", escape(&q.text))
            } else {
                format!("{} <i>(reported)</i>", escape(&q.text))
            };
            let _ = writeln!(out, "<li>{speaker}: {words} {}</li>", marks(brief, &q.citations));
        }
        out.push_str("</ul>\n");
    }
    if !brief.figures.is_empty() {
        out.push_str("<h2>Key figures</h2>\n<ul>\n");
        for f in &brief.figures {
            let _ = writeln!(out, "<li>{} {}</li>", escape(&f.text), marks(brief, &f.citations));
        }
        out.push_str("</ul>\n");
    }
    if !brief.timeline.is_empty() {
        out.push_str("<h2>Timeline</h2>\n<table>\n");
        for t in &brief.timeline {
            let _ = writeln!(
                out,
                "<tr><th>{}</th><td>{} {} <span class=\"meta\">({})</span></td></tr>",
                t.date,
                escape(&t.text),
                marks(brief, &t.citations),
                escape(&t.basis)
            );
        }
        out.push_str("</table>\n");
    }
    if !brief.divergences.is_empty() {
        out.push_str("<h2>Where the sources differ</h2>\n<ul>\n");
        for d in &brief.divergences {
            let sides: Vec<String> =
                d.sides.iter().map(|s| format!("“{}” {}", escape(&s.text), marks(brief, &s.citations))).collect();
            let _ = writeln!(out, "<li>{}: {}</li>", escape(&d.about), sides.join(" <i>vs</i> "));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("<h2>Sources</h2>\n");
    for (i, a) in brief.articles.iter().enumerate() {
        let n = i + 1;
        let date = a.date.map_or_else(|| "undated".to_string(), |d| d.to_string());
        let _ = writeln!(
            out,
            "<section id=\"a{n}\"><h3>[{n}] {}</h3><p class=\"meta\">{}{} · {}</p><details><summary>Text ({} sentences)</summary><ol class=\"sentences\" start=\"0\">",
            source_title(a),
            outlet(a.source.as_deref(), a.url.as_deref()).map(|o| format!("{} · ", escape(&o))).unwrap_or_default(),
            escape(&a.id),
            date,
            a.sentences.len()
        );
        for (k, s) in a.sentences.iter().enumerate() {
            let _ = writeln!(out, "<li id=\"a{n}-s{k}\">{}</li>", escape(&s.text));
        }
        let _ = writeln!(
            out,
            "</ol></details><details class=\"removed\"><summary>Removed ({})</summary><ul>",
            a.removed.len()
        );
        for r in &a.removed {
            let _ = writeln!(out, "<li><b>{}</b>: {}</li>", r.reason, escape(&r.text));
        }
        out.push_str("</ul></details></section>\n");
    }
    out.push_str("</body></html>\n");
    out
}
