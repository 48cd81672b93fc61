//! Calendar dates as news writes them: ISO dates, datelines ("10 Jan, 2022 | 4:06 pm",
//! "January 10, 2022") and month names. Relative references ("on Sunday") live with the
//! timeline, which knows the article date they are anchored on.

use crate::text::regex;
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// Earliest year a publication date may have; earlier ones are typos or placeholders.
pub const MIN_YEAR: i32 = 1800;
/// Latest year a publication date may have.
pub const MAX_YEAR: i32 = 2200;

/// Parses `YYYY-MM-DD` (optionally followed by a time, as in RFC 3339) or an RFC 2822 date,
/// with a year from [`MIN_YEAR`] to [`MAX_YEAR`] (`0000-01-03` is no publication date).
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    parse_iso_date_any_year(s).filter(|d| (MIN_YEAR..=MAX_YEAR).contains(&d.year()))
}

/// [`parse_iso_date`] without the year range: tells a date out of range from no date.
pub fn parse_iso_date_any_year(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(prefix) = s.get(..10) {
        if let Ok(d) = NaiveDate::parse_from_str(prefix, "%Y-%m-%d") {
            if s.len() == 10 || !s.as_bytes()[10].is_ascii_digit() {
                return Some(d);
            }
        }
    }
    chrono::DateTime::parse_from_rfc2822(s).ok().map(|d| d.date_naive())
}

/// Month names and abbreviations, lowercase, with their number: read from the one month list,
/// `lexicon/calendar.txt` (the twelve full names first, then abbreviations).
static MONTHS: LazyLock<Vec<(String, u32)>> = LazyLock::new(|| {
    let mut in_months = false;
    let mut full: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for line in include_str!("lexicon/calendar.txt").lines().map(str::trim) {
        if line.starts_with('#') {
            in_months = line.starts_with("# months:");
            continue;
        }
        if !in_months || line.is_empty() {
            continue;
        }
        let word = line.to_lowercase();
        if full.len() < 12 {
            full.push(word.clone());
            out.push((word, full.len() as u32));
        } else if let Some(i) = full.iter().position(|m| m.starts_with(&word)) {
            out.push((word, i as u32 + 1));
        }
    }
    out
});

/// Weekday names and abbreviations, lowercase (the seven full names first), from the same list.
static WEEKDAYS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut in_weekdays = false;
    let mut out = Vec::new();
    for line in include_str!("lexicon/calendar.txt").lines().map(str::trim) {
        if line.starts_with('#') {
            in_weekdays = line.starts_with("# weekdays:");
            continue;
        }
        if in_weekdays && !line.is_empty() {
            out.push(line.to_lowercase());
        }
    }
    out
});

/// Whether a lowercase stem begins a weekday's full name ("monday", "wednesday", "tues").
pub fn is_weekday_stem(stem: &str) -> bool {
    !stem.is_empty() && WEEKDAYS.iter().take(7).any(|w| w.starts_with(stem))
}

/// The seven full weekday names, capitalised, as a regex alternation ("Monday|Tuesday|…").
pub fn weekday_names() -> String {
    WEEKDAYS
        .iter()
        .take(7)
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Month number (1–12) of an English month name or abbreviation ("Jan", "Sept.", "january");
/// only the forms of the month list count, so "marines" or "mayors" are no months.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(['.', ',']).to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == w).map(|&(_, n)| n)
}

/// The month forms as a regex alternation, longest first, each optionally followed by a dot.
fn month_alternation() -> String {
    let mut forms: Vec<String> = MONTHS
        .iter()
        .map(|(m, _)| {
            let mut c = m.chars();
            c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
        })
        .collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    format!(r"(?:{})\b\.?", forms.join("|"))
}

static MONTH: LazyLock<String> = LazyLock::new(month_alternation);

/// A regex alternation matching any month form of the month list ("Sept.", "January").
pub fn month_pattern() -> &'static str {
    &MONTH
}

static DAY_MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({}),?\s+(\d{{4}})\b", *MONTH)));
static MONTH_DAY_YEAR: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"(?i)\b({})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", *MONTH)));
/// A day without its year ("Sep. 24", "Sept. 30", "24 September"); the month capitalised, as
/// news writes it, so "may 3" in prose is no date.
static MONTH_DAY: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"\b({m})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})\s+({m})", m = *MONTH)));
/// What may follow a day-and-month that has a year after all, or is no day ("Sept. 30, 2025").
static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| regex(r"^(?:,?\s*\d{4}\b|[\d:.,]\d)"));
static ISO: LazyLock<Regex> = LazyLock::new(|| regex(r"\b(\d{4})-(\d{2})-(\d{2})\b"));

/// A calendar date written anywhere in `text`: "10 Jan, 2022", "January 10, 2022", "2022-01-10".
/// Returns the first one found, with its byte range.
pub fn find_date(text: &str) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    let mut best: Option<(NaiveDate, std::ops::Range<usize>)> = None;
    let mut consider = |d: Option<NaiveDate>, r: std::ops::Range<usize>| {
        if let Some(d) = d {
            if best.as_ref().is_none_or(|(_, b)| r.start < b.start) {
                best = Some((d, r));
            }
        }
    };
    // `is_match` runs on a DFA; capture groups need the slower NFA, so only on a hit.
    if !(DAY_MONTH_YEAR.is_match(text) || MONTH_DAY_YEAR.is_match(text) || ISO.is_match(text)) {
        return None;
    }
    for c in DAY_MONTH_YEAR.captures_iter(text) {
        let d = ymd(&c[3], month_number(&c[2]), &c[1]);
        consider(d, c.get(0).map_or(0..0, |m| m.range()));
    }
    for c in MONTH_DAY_YEAR.captures_iter(text) {
        let d = ymd(&c[3], month_number(&c[1]), &c[2]);
        consider(d, c.get(0).map_or(0..0, |m| m.range()));
    }
    for c in ISO.captures_iter(text) {
        let d = c[2].parse().ok().and_then(|m| ymd(&c[1], Some(m), &c[3]));
        consider(d, c.get(0).map_or(0..0, |m| m.range()));
    }
    best
}

/// A day and month written without a year ("Sep. 24"), placed in the year that puts it nearest
/// to `anchor` (a story of late December saying "Jan. 3" means the next January).
pub fn find_month_day(text: &str, anchor: NaiveDate) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    if !MONTH_DAY.is_match(text) {
        return None;
    }
    for c in MONTH_DAY.captures_iter(text) {
        let Some(whole) = c.get(0) else { continue };
        if YEAR_AFTER.is_match(&text[whole.end()..]) {
            continue;
        }
        let (month, day) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(m), Some(d), ..) | (.., Some(d), Some(m)) => {
                (month_number(m.as_str()), d.as_str().parse::<u32>().ok())
            }
            _ => continue,
        };
        let (Some(month), Some(day)) = (month, day) else { continue };
        let nearest = [anchor.year() - 1, anchor.year(), anchor.year() + 1]
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
            .min_by_key(|d| (*d - anchor).num_days().abs());
        if let Some(d) = nearest {
            return Some((d, whole.range()));
        }
    }
    None
}

fn ymd(year: &str, month: Option<u32>, day: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year.parse().ok()?, month?, day.parse().ok()?)
}

static TIME: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?"));
static DATELINE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:published|posted|updated|last updated|modified|on|at|date|first published|gmt|utc|ist|est|edt|cet|pm|am|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
    )
});

/// The date of a line that is nothing but a dateline ("10 Jan, 2022 | 4:06 pm",
/// "Published: January 10, 2022 09:12 GMT"); `None` when the line says anything else.
pub fn dateline_date(line: &str) -> Option<NaiveDate> {
    if line.len() > 80 {
        return None;
    }
    let (date, range) = find_date(line)?;
    let rest = format!("{} {}", &line[..range.start], &line[range.end..]);
    let rest = TIME.replace_all(&rest, " ");
    let leftover = rest
        .split(|c: char| c.is_whitespace() || "|,-–—:/()•·".contains(c))
        .filter(|w| !w.is_empty())
        .all(|w| DATELINE_WORDS.is_match(w));
    leftover.then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn iso_dates() {
        assert_eq!(parse_iso_date("2022-01-10"), Some(d(2022, 1, 10)));
        assert_eq!(parse_iso_date("2022-01-10T08:00:00Z"), Some(d(2022, 1, 10)));
        assert_eq!(parse_iso_date("Mon, 10 Jan 2022 08:00:00 +0000"), Some(d(2022, 1, 10)));
        assert_eq!(parse_iso_date("2022-13-45"), None);
        assert_eq!(parse_iso_date("yesterday"), None);
    }

    #[test]
    fn datelines() {
        assert_eq!(dateline_date("10 Jan, 2022 | 4:06 pm"), Some(d(2022, 1, 10)));
        assert_eq!(dateline_date("Published: January 10, 2022 09:12 GMT"), Some(d(2022, 1, 10)));
        assert_eq!(dateline_date("Monday, 14 March 2023"), Some(d(2023, 3, 14)));
        assert_eq!(dateline_date("Talks began on January 10, 2022 in Geneva."), None);
        assert_eq!(dateline_date("Nothing here"), None);
    }

    #[test]
    fn finds_dates_in_prose() {
        let (date, _) = find_date("talks at the Mission in Geneva, Switzerland, January 10, 2022.").unwrap();
        assert_eq!(date, d(2022, 1, 10));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("marines"), None);
        assert_eq!(month_number("Sep."), Some(9));
        assert_eq!(month_number("December"), Some(12));
    }

    #[test]
    fn days_without_a_year_take_the_nearest_year() {
        let anchor = d(2025, 9, 25);
        let at = |t: &str| find_month_day(t, anchor).map(|(x, _)| x);
        assert_eq!(at("The council met Sep. 24 in emergency session."), Some(d(2025, 9, 24)));
        assert_eq!(at("It has until Sept. 30 to hand them over."), Some(d(2025, 9, 30)));
        assert_eq!(at("findings on Oct. 2"), Some(d(2025, 10, 2)));
        assert_eq!(at("since 3 January"), Some(d(2026, 1, 3)));
        assert_eq!(at("it opened Nov. 25, 1998"), None, "a date with its year is find_date's");
        assert_eq!(at("she may 3 times"), None);
        assert_eq!(at("400 marines 12 days"), None);
        assert_eq!(find_date("The bridge opened Nov. 25, 1998.").map(|x| x.0), Some(d(1998, 11, 25)));
    }
}
