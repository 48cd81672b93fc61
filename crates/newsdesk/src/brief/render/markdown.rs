//! The brief as Markdown: summary, entities, quotes, figures, timeline and divergences with
//! `[n]` citation marks, then the numbered source list.

use super::cited_numbers;
use crate::text::urls::{outlet, safe_url};
use newsdesk_model::{Brief, Citation, EntityKind};
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
    if !brief.entities.is_empty() {
        let _ = writeln!(out, "\n## People, organisations and places\n");
        for kind in [EntityKind::Person, EntityKind::Organization, EntityKind::Place] {
            let names: Vec<String> = brief
                .entities
                .iter()
                .filter(|e| e.kind == kind)
                .map(|e| {
                    let others: Vec<&str> = e.variants.iter().map(String::as_str).filter(|v| *v != e.name).collect();
                    let aka = if others.is_empty() { String::new() } else { format!(" (also {})", others.join(", ")) };
                    format!("{}{} {}", escape(&e.name), escape(&aka), marks(brief, &e.citations))
                })
                .collect();
            if !names.is_empty() {
                let _ = writeln!(out, "- **{}:** {}", kind_label(kind), names.join("; "));
            }
        }
    }
    if !brief.quotes.is_empty() {
        let _ = writeln!(out, "\n## Who said what\n");
        for q in &brief.quotes {
            let speaker =
                q.speaker.as_deref().map_or_else(|| "_Unattributed_".to_string(), |s| format!("**{}**", escape(s)));
            let words = if q.direct {
                format!("“{}”", escape(&q.text))
            } else {
                format!("{} _(reported)_", escape(&q.text))
            };
            let _ = writeln!(out, "- {speaker}: {words} {}", marks(brief, &q.citations));
        }
    }
    if !brief.figures.is_empty() {
        let _ = writeln!(out, "\n## Key figures\n");
        for f in &brief.figures {
            let _ = writeln!(out, "- {} {}", escape(&f.text), marks(brief, &f.citations));
        }
    }
    if !brief.timeline.is_empty() {
        let _ = writeln!(out, "\n## Timeline\n");
        for t in &brief.timeline {
            let _ = writeln!(
                out,
                "- **{}** — {} {} _({})_",
                t.date,
                escape(&t.text),
                marks(brief, &t.citations),
                escape(&t.basis)
            );
        }
    }
    if !brief.divergences.is_empty() {
        let _ = writeln!(out, "\n## Where the sources differ\n");
        for d in &brief.divergences {
            let sides: Vec<String> =
                d.sides.iter().map(|s| format!("“{}” {}", escape(&s.text), marks(brief, &s.citations))).collect();
            let _ = writeln!(out, "- {}: {}", escape(&d.about), sides.join(" vs "));
        }
    }
    let _ = writeln!(out, "\n## Sources\n");
    for (i, a) in brief.articles.iter().enumerate() {
        let date = a.date.map_or_else(|| "undated".to_string(), |d| d.to_string());
        let title = a.title.as_deref().map(escape).unwrap_or_else(|| "(untitled)".into());
        // The title links the article when its address is a web address.
        let title = match a.url.as_deref().and_then(safe_url) {
            Some(url) => format!("[{title}]({url})"),
            None => title,
        };
        let outlet =
            outlet(a.source.as_deref(), a.url.as_deref()).map(|o| format!("**{}**: ", escape(&o))).unwrap_or_default();
        let copy = a.copy_of.as_deref().map(|o| format!("; a copy of {}", code(o))).unwrap_or_default();
        let _ = writeln!(
            out,
            "{}. {outlet}{title} ({}; {} sentences, {} removed{copy}; id {})",
            i + 1,
            date,
            a.sentences.len(),
            a.removed.len(),
            code(&a.id)
        );
    }
    out
}

/// `s` as a code span that nothing in it can close or break: control characters (a newline
/// would end the list item) are shown escaped, and the fence is one backtick longer than
/// the longest run of backticks inside (CommonMark), padded when `s` starts or ends with one.
fn code(s: &str) -> String {
    let shown: String =
        s.chars().flat_map(|c| if c.is_control() { c.escape_default().collect::<Vec<_>>() } else { vec![c] }).collect();
    let longest = shown.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if shown.starts_with('`') || shown.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{shown}{pad}{fence}")
}

/// Escapes characters Markdown would read as markup; line breaks and other control
/// characters become spaces, so no text can start a block of its own.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() {
            out.push(' ');
            continue;
        }
        if "\\`*_[]<>#|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub(super) fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organisations",
        EntityKind::Place => "Places",
        EntityKind::Other => "Other",
    }
}

#[cfg(test)]
mod tests {
    use super::code;

    #[test]
    fn ids_stay_inside_their_code_span() {
        assert_eq!(code("a1"), "`a1`");
        assert_eq!(code("x`y"), "``x`y``");
        assert_eq!(code("``z"), "``` ``z ```");
        assert_eq!(code("line\n# Heading"), "`line\\n# Heading`");
        assert!(!code("a\r\nb\u{0}").contains(['\n', '\r', '\0']));
    }
}
