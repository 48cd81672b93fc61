//! Query parameters, checked: each parser names the parameter and what it expects, so a bad
//! value is a 400 that says how to fix it.

use crate::error::ApiError;
use axum::extract::rejection::QueryRejection;
use axum::extract::Query;
use chrono::{DateTime, NaiveDate};
use std::collections::HashMap;

/// The query string as a map (a malformed one is a 400).
pub type Params = HashMap<String, String>;

/// The parameters of a request, or a 400.
pub fn params(query: Result<Query<Params>, QueryRejection>) -> Result<Params, ApiError> {
    query.map(|Query(p)| p).map_err(|e| ApiError::bad_request(format!("bad query string: {e}")))
}

/// `limit`: 1..=`max`, `default` when absent.
pub fn limit(p: &Params, default: usize, max: usize) -> Result<usize, ApiError> {
    match p.get("limit").map(|s| s.trim()) {
        None | Some("") => Ok(default),
        Some(s) => match s.parse::<usize>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(ApiError::bad_request(format!("limit must be a number from 1 to {max}"))),
        },
    }
}

/// `cursor`: the opaque position `next` gave (an offset), 0 when absent.
pub fn cursor(p: &Params) -> Result<usize, ApiError> {
    match p.get("cursor").map(|s| s.trim()) {
        None | Some("") => Ok(0),
        Some(s) => s.parse::<usize>().map_err(|_| ApiError::bad_request("cursor must be a value `next` returned")),
    }
}

/// `page` of a page for people: 1-based, 1 when absent.
pub fn page(p: &Params) -> Result<usize, ApiError> {
    match p.get("page").map(|s| s.trim()) {
        None | Some("") => Ok(1),
        Some(s) => match s.parse::<usize>() {
            Ok(n) if (1..=100_000).contains(&n) => Ok(n),
            _ => Err(ApiError::bad_request("page must be a number from 1")),
        },
    }
}

/// `since`: a day (`YYYY-MM-DD`) or an RFC 3339 time (its UTC day counts).
pub fn since(p: &Params) -> Result<Option<NaiveDate>, ApiError> {
    match p.get("since").map(|s| s.trim()) {
        None | Some("") => Ok(None),
        Some(s) => parse_time(s)
            .map(Some)
            .ok_or_else(|| ApiError::bad_request("since must be a date (YYYY-MM-DD) or an RFC 3339 time")),
    }
}

fn parse_time(s: &str) -> Option<NaiveDate> {
    if let Ok(day) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(day);
    }
    DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&chrono::Utc).date_naive())
}

/// `q`, trimmed; `None` when absent or blank.
pub fn query(p: &Params) -> Option<String> {
    p.get("q").map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// `q`, required, at most 500 characters.
pub fn required_query(p: &Params) -> Result<String, ApiError> {
    let q = query(p).ok_or_else(|| ApiError::bad_request("q (the words to search for) is required"))?;
    if q.chars().count() > 500 {
        return Err(ApiError::bad_request("q is longer than 500 characters"));
    }
    Ok(q)
}

/// An id from the path as a URL path segment: everything but unreserved characters is
/// percent-encoded, so an id with `/`, `?` or `#` still names one resource.
pub fn path_segment(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(pairs: &[(&str, &str)]) -> Params {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn limits_and_cursors_are_checked() {
        assert_eq!(limit(&p(&[]), 20, 100), Ok(20));
        assert_eq!(limit(&p(&[("limit", "5")]), 20, 100), Ok(5));
        assert_eq!(limit(&p(&[("limit", "0")]), 20, 100).map_err(|e| e.status.as_u16()), Err(400));
        assert_eq!(limit(&p(&[("limit", "101")]), 20, 100).map_err(|e| e.status.as_u16()), Err(400));
        assert_eq!(cursor(&p(&[("cursor", "x")])).map_err(|e| e.status.as_u16()), Err(400));
        assert_eq!(cursor(&p(&[("cursor", "40")])), Ok(40));
    }

    #[test]
    fn since_takes_days_and_times() {
        let day = NaiveDate::from_ymd_opt(2025, 5, 9);
        assert_eq!(since(&p(&[("since", "2025-05-09")])), Ok(day));
        assert_eq!(
            since(&p(&[("since", "2025-05-09T23:30:00-02:00")])),
            NaiveDate::from_ymd_opt(2025, 5, 10).map(Some).ok_or(ApiError::bad_request(""))
        );
        assert!(since(&p(&[("since", "yesterday")])).is_err());
    }

    #[test]
    fn ids_become_one_path_segment() {
        assert_eq!(path_segment("a/b c?#é"), "a%2Fb%20c%3F%23%C3%A9");
        assert_eq!(path_segment("s0123-ab_c.d"), "s0123-ab_c.d");
    }
}
