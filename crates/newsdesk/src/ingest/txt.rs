//! `.txt` articles: the whole file is one article; an optional first line ` date YYYY-MM-DD`
//! gives the date, and the rest of that line is text.

use super::{checked_lines, date_problem, looks_binary, Ingested, InputError, InputErrorKind};
use crate::dates::parse_iso_date;
use crate::text::regex;
use newsdesk_model::{Origin, RawArticle};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// ` date TOKEN`: the token is a date when it parses; a token with a digit, or any token
/// after the contract's leading space, is a date line gone wrong (reported, and dropped so
/// it cannot become the headline). "date night …" at the margin is text.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| regex(r"^([ \t]*)date[ \t]+(\S+)(?:[ \t]+|$)"));

/// Longer text after the date is body text, not a headline.
const MAX_DATE_LINE_TITLE_WORDS: usize = 30;

pub(super) fn read(name: &str, id: &str, bytes: &[u8], out: &mut Ingested, seen: &mut HashSet<String>) {
    if looks_binary(bytes) {
        out.problems.push(InputError::new(name, InputErrorKind::Binary));
        return;
    }
    let lines = checked_lines(name, bytes, out);
    let mut date = None;
    let mut title = None;
    let mut body: Vec<&str> = lines.iter().map(|(_, l)| *l).collect();
    if let Some(first) = body.first_mut() {
        let date_line = DATE_LINE.captures(first).filter(|c| {
            !c[1].is_empty() || c[2].bytes().any(|b| b.is_ascii_digit()) || parse_iso_date(&c[2]).is_some()
        });
        if let Some(c) = date_line {
            let token = &c[2];
            date = parse_iso_date(token);
            if date.is_none() {
                out.problems.push(InputError::at(name, Some(1), date_problem(token)));
            }
            *first = &first[c.get(0).map_or(0, |m| m.end())..];
            // Text sharing the date line is the headline slot of the dump format.
            let rest = first.trim();
            if !rest.is_empty() && rest.split_whitespace().count() <= MAX_DATE_LINE_TITLE_WORDS {
                title = Some(rest.to_string());
                *first = "";
            }
        }
    }
    let text = body.join("\n");
    if text.trim().is_empty() {
        out.problems.push(InputError::new(name, InputErrorKind::Empty));
        return;
    }
    let article = RawArticle {
        id: id.to_string(),
        text,
        title,
        date,
        url: None,
        source: None,
        lang: None,
        markup: false,
        origin: Origin { input: name.to_string(), line: None },
    };
    out.push(article, seen);
}
