//! The brief as Markdown: summary with `[n]` marks, then the numbered source list.

use super::cited_numbers;
use newsdesk_model::{Brief, Citation};
use std::fmt::Write;

fn marks(brief: &Brief, citations: &[Citation]) -> String {
    cited_numbers(brief, citations).iter().map(|n| format!("[{n}]")).collect()
}

/// The brief as a Markdown document.
pub fn to_markdown(brief: &Brief) -> String {
    let mut out = String::new();
    let title = super::super::headline(brief).unwrap_or("Story brief");
    let _ = writeln!(out, "# {}\n", escape(title));
    let _ = writeln!(out, "_{} articles._\n", brief.articles.len());
    let _ = writeln!(out, "## Summary\n");
    for s in &brief.summary {
        let _ = writeln!(out, "- {} {}", escape(&s.text), marks(brief, &s.citations));
    }
    let _ = writeln!(out, "\n## Sources\n");
    for (i, a) in brief.articles.iter().enumerate() {
        let date = a.date.map_or_else(|| "undated".to_string(), |d| d.to_string());
        let title = a.title.as_deref().map(escape).unwrap_or_else(|| "(untitled)".into());
        let _ = writeln!(
            out,
            "{}. `{}` — {} ({}; {} sentences, {} removed)",
            i + 1,
            a.id,
            title,
            date,
            a.sentences.len(),
            a.removed.len()
        );
    }
    out
}

/// Escapes characters Markdown would read as markup.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\`*_[]<>#|".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
