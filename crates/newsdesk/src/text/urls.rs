//! Web addresses in output: the outlet name an article is shown under, and URLs made safe to
//! put in a link (only `http`/`https`, every character that could end the link escaped).

/// The outlet to show for an article: its source, else its URL's host (without `www.`).
pub fn outlet(source: Option<&str>, url: Option<&str>) -> Option<String> {
    if let Some(s) = source.map(str::trim).filter(|s| !s.is_empty()) {
        return Some(s.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    let (scheme, rest) = url?.trim().split_once("://")?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.to_lowercase();
    let host = host.trim_start_matches("www.");
    let valid = !host.is_empty() && host.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    valid.then(|| host.to_string())
}

/// `url` as a link target when it is an `http(s)` address: characters outside the URL
/// alphabet (spaces, quotes, brackets, parentheses, backslashes, control characters) are
/// percent-encoded, so the result cannot break out of a Markdown link or an HTML attribute.
pub fn safe_url(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return None;
    }
    let mut out = String::with_capacity(url.len());
    for b in url.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~:/?#@!$&*+,;=%".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_come_from_the_source_or_the_host() {
        assert_eq!(outlet(Some(" Valmora  Post "), None).as_deref(), Some("Valmora Post"));
        assert_eq!(outlet(None, Some("https://www.Harbor.example:8080/a?b")).as_deref(), Some("harbor.example"));
        assert_eq!(outlet(None, Some("not a url")), None);
        assert_eq!(outlet(None, Some("javascript://x")), None);
    }

    #[test]
    fn only_web_links_survive_and_cannot_break_out() {
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(
            safe_url("https://a.example/x y)(\"<>'`\\").as_deref(),
            Some("https://a.example/x%20y%29%28%22%3C%3E%27%60%5C")
        );
        assert_eq!(safe_url("HTTP://a.example/").as_deref(), Some("HTTP://a.example/"));
    }
}
