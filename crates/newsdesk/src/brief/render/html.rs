//! The brief as one self-contained HTML page. All text from the articles is escaped and a
//! Content-Security-Policy forbids scripts, so nothing from the input can run.

use super::cited_numbers;
use newsdesk_model::{Brief, Citation};
use std::fmt::Write;

const STYLE: &str =
    "body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}\
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}sup a{text-decoration:none}\
.meta{color:#666;font-size:.9rem}.removed{color:#888;font-size:.85rem}\
details{margin:.5rem 0}ol.sentences li:target{background:#fff3b0}";

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
    out.push_str("</ul>\n<h2>Sources</h2>\n");
    for (i, a) in brief.articles.iter().enumerate() {
        let n = i + 1;
        let date = a.date.map_or_else(|| "undated".to_string(), |d| d.to_string());
        let _ = writeln!(
            out,
            "<section id=\"a{n}\"><h3>[{n}] {}</h3><p class=\"meta\">{} · {}</p><details><summary>Text ({} sentences)</summary><ol class=\"sentences\" start=\"0\">",
            escape(a.title.as_deref().unwrap_or("(untitled)")),
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
