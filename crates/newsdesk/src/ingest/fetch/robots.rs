//! robots.txt (RFC 9309), the part a fetcher of single pages needs: the groups that name our
//! product token (else the `*` groups), their `allow`/`disallow` rules with `*` and a closing
//! `$`, the longest matching rule deciding (an `allow` wins a tie), and `crawl-delay`.
//! Unknown lines and lines outside a group are ignored; a file that is not text allows all.

/// The rules that apply to one user agent on one host.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Robots {
    /// `(allow, pattern)`, patterns as written (percent-encoding kept).
    rules: Vec<(bool, String)>,
    /// Seconds between requests asked for, if any.
    pub crawl_delay: Option<f64>,
}

impl Robots {
    /// Everything allowed (no robots.txt, or a 4xx answer for it).
    pub fn allow_all() -> Self {
        Self::default()
    }

    /// Nothing allowed (robots.txt unreachable because the server failed: RFC 9309 §2.3.1.4).
    pub fn disallow_all() -> Self {
        Self { rules: vec![(false, "/".to_string())], crawl_delay: None }
    }

    /// The rules of `text` for the product token `agent` (matched case-insensitively).
    pub fn parse(text: &str, agent: &str) -> Self {
        let agent = agent.to_ascii_lowercase();
        let (mut ours, mut anyone) = (Self::default(), Self::default());
        let (mut names_us, mut names_anyone) = (false, false);
        let (mut found_ours, mut found_anyone) = (false, false);
        // A group is its user-agent lines; a rule line after them closes the list of agents.
        let mut in_agents = false;
        for raw in text.lines() {
            let line = raw.split('#').next().unwrap_or_default().trim();
            let Some((key, value)) = line.split_once(':') else { continue };
            let (key, value) = (key.trim().to_ascii_lowercase(), value.trim());
            match key.as_str() {
                "user-agent" => {
                    if !in_agents {
                        names_us = false;
                        names_anyone = false;
                        in_agents = true;
                    }
                    let token = value.split('/').next().unwrap_or_default().trim().to_ascii_lowercase();
                    if token == "*" {
                        names_anyone = true;
                        found_anyone = true;
                    } else if !token.is_empty() && token == agent {
                        names_us = true;
                        found_ours = true;
                    }
                }
                "allow" | "disallow" | "crawl-delay" => {
                    in_agents = false;
                    let target = if names_us {
                        &mut ours
                    } else if names_anyone {
                        &mut anyone
                    } else {
                        continue;
                    };
                    if key == "crawl-delay" {
                        target.crawl_delay = value.parse::<f64>().ok().filter(|d| d.is_finite() && *d >= 0.0);
                    } else if !value.is_empty() {
                        // An empty `disallow:` allows everything: it adds no rule.
                        target.rules.push((key == "allow", value.to_string()));
                    }
                }
                _ => {}
            }
        }
        if found_ours {
            ours
        } else if found_anyone {
            anyone
        } else {
            Self::default()
        }
    }

    /// Whether `path` (the URL's path and query, starting with `/`) may be fetched.
    pub fn allows(&self, path: &str) -> bool {
        let path = if path.is_empty() { "/" } else { path };
        let mut best: Option<(usize, bool)> = None;
        for (allow, pattern) in &self.rules {
            if matches(pattern, path) {
                let better = match best {
                    None => true,
                    Some((len, was_allow)) => pattern.len() > len || (pattern.len() == len && *allow && !was_allow),
                };
                if better {
                    best = Some((pattern.len(), *allow));
                }
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

/// Whether a robots pattern matches the start of `path` (`*`: any run of bytes; a final `$`:
/// the path must end there).
fn matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let pieces: Vec<&str> = pattern.split('*').collect();
    let Some((first, rest)) = pieces.split_first() else { return true };
    let Some(mut tail) = path.strip_prefix(first) else { return false };
    if rest.is_empty() {
        return !anchored || tail.is_empty();
    }
    // Each later piece is found at its leftmost place (greedy enough for prefix matching); an
    // anchored pattern's last piece must end the path.
    for (i, piece) in rest.iter().enumerate() {
        let last = i + 1 == rest.len();
        if last && anchored {
            return tail.ends_with(piece);
        }
        match tail.find(piece) {
            Some(at) => tail = &tail[at + piece.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
# comments and unknown lines are ignored
Sitemap: https://example.test/sitemap.xml
User-agent: *
Disallow: /private/
Allow: /private/open$
Disallow: /*.pdf$

User-agent: OtherBot
User-agent: newsdesk
Disallow: /drafts
Allow: /drafts/public
Crawl-delay: 2.5
";

    #[test]
    fn our_group_wins_over_star() {
        let ours = Robots::parse(FILE, "newsdesk");
        assert!(!ours.allows("/drafts/1"));
        assert!(ours.allows("/drafts/public/2"), "the longer allow wins");
        assert!(ours.allows("/private/x"), "the * group does not apply when ours exists");
        assert_eq!(ours.crawl_delay, Some(2.5));
    }

    #[test]
    fn star_group_with_wildcards_and_anchors() {
        let other = Robots::parse(FILE, "somebot");
        assert!(!other.allows("/private/x"));
        assert!(other.allows("/private/open"));
        assert!(!other.allows("/private/open/more"), "`$` anchors the allow");
        assert!(!other.allows("/files/report.pdf"));
        assert!(other.allows("/files/report.pdf?x=1"));
        assert!(other.allows("/"));
        assert_eq!(other.crawl_delay, None);
    }

    #[test]
    fn empty_disallow_no_file_and_ties() {
        assert!(Robots::parse("User-agent: *\nDisallow:\n", "newsdesk").allows("/any"));
        assert!(Robots::parse("", "newsdesk").allows("/any"));
        assert!(Robots::parse("User-agent: *\nDisallow: /a\nAllow: /a\n", "newsdesk").allows("/a"));
        assert!(!Robots::parse("User-agent: NewsDesk\nDisallow: /\n", "newsdesk").allows("/x"));
        assert!(!Robots::disallow_all().allows("/"));
        assert!(Robots::allow_all().allows("/"));
    }
}
