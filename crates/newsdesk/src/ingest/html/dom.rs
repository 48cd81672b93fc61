//! A small, forgiving HTML parser: decoded markup → an arena of element and text nodes.
//!
//! Input: the page as UTF-8 text. Output: a [`Dom`] whose `nodes` are in document order
//! (a parent always comes before its children, so a subtree is the index range
//! `n..=last[n]`), plus what the metadata reader needs from `<head>`: `<title>`, the
//! attributes of `<meta>`/`<link>`/`<time>` elements and the JSON-LD scripts.
//!
//! It is not HTML5 tree construction: like libxml2's HTML parser it recovers from the usual
//! mistakes (unclosed `<p>`, `<li>`, `<td>`, stray end tags) with a few implied-end rules,
//! which is all main-text extraction needs, and it runs as fast as memchr can find `<`.
//! Invariants: never panics on any input, never nests deeper than [`MAX_DEPTH`] (deeper
//! elements become siblings), and the contents of `<script>`, `<style>`, `<noscript>`,
//! `<template>`, `<textarea>` and `<iframe>` never become text nodes.

pub use super::tag::Tag;
use super::tag::{TagTest, TEMPLATE};
use memchr::memchr;
use std::borrow::Cow;

/// Open elements deeper than this are attached to the deepest one instead of nesting.
pub const MAX_DEPTH: usize = 256;

/// One node of the arena.
#[derive(Debug)]
pub struct Node {
    pub tag: Tag,
    pub parent: u32,
    /// Decoded text (text nodes only).
    pub text: String,
    /// Lowercase `class`, `id`, `itemprop` and `role` values, space separated (elements only).
    pub hints: String,
    /// `hidden`, `aria-hidden="true"` or an inline `display:none`/`visibility:hidden`.
    pub hidden: bool,
    /// Index of the last node of this subtree (itself when it has no children).
    pub last: u32,
}

/// The parsed page.
#[derive(Debug, Default)]
pub struct Dom {
    pub nodes: Vec<Node>,
    /// The `<title>` text.
    pub title: Option<String>,
    /// Attributes (lowercase names) of `<meta>`, `<link>` and `<time>` elements, in order.
    pub tagged: Vec<(Tag, Vec<(String, String)>)>,
    /// Bodies of `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    /// Elements were nested deeper than [`MAX_DEPTH`] (and flattened).
    pub too_deep: bool,
}

/// Parses `html`. Never fails.
pub fn parse(html: &str) -> Dom {
    let mut p = Parser { src: html.as_bytes(), html, dom: Dom::default(), stack: vec![0] };
    p.dom.nodes.push(Node {
        tag: Tag::Document,
        parent: 0,
        text: String::new(),
        hints: String::new(),
        hidden: false,
        last: 0,
    });
    p.run();
    // Subtree ends: children come after parents, so one backward pass suffices.
    for i in (1..p.dom.nodes.len()).rev() {
        let (last, parent) = (p.dom.nodes[i].last.max(i as u32), p.dom.nodes[i].parent as usize);
        p.dom.nodes[i].last = last;
        if p.dom.nodes[parent].last < last {
            p.dom.nodes[parent].last = last;
        }
    }
    p.dom
}

struct Parser<'a> {
    src: &'a [u8],
    html: &'a str,
    dom: Dom,
    /// Open elements, the document (0) at the bottom.
    stack: Vec<u32>,
}

impl Parser<'_> {
    fn run(&mut self) {
        let mut i = 0;
        let n = self.src.len();
        while i < n {
            let Some(lt) = memchr(b'<', &self.src[i..]).map(|k| i + k) else {
                self.text(i, n);
                break;
            };
            if lt > i {
                self.text(i, lt);
            }
            i = match self.src.get(lt + 1) {
                Some(b'!') => self.bang(lt),
                Some(b'?') => self.skip_past(lt, b">"),
                Some(b'/') => self.end_tag(lt),
                Some(c) if c.is_ascii_alphabetic() => self.start_tag(lt),
                _ => {
                    self.text(lt, lt + 1);
                    lt + 1
                }
            };
        }
    }

    /// Index just past the first `pat` at or after `from + 1` (or the end).
    fn skip_past(&self, from: usize, pat: &[u8]) -> usize {
        find(self.src, from + 1, pat).map_or(self.src.len(), |k| k + pat.len())
    }

    fn bang(&mut self, lt: usize) -> usize {
        let rest = &self.src[lt..];
        if rest.starts_with(b"<!--") {
            // `<!-->` and `<!--->` are empty comments.
            let body = lt + 4;
            if self.src.get(body) == Some(&b'>') {
                return body + 1;
            }
            if self.src.get(body..body + 2) == Some(b"->") {
                return body + 2;
            }
            return find(self.src, body, b"-->").map_or(self.src.len(), |k| k + 3);
        }
        if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case(b"<![cdata[") {
            // Outside SVG/MathML (dropped anyway) HTML has no CDATA: skipped like a comment.
            return find(self.src, lt + 9, b"]]>").map_or(self.src.len(), |k| k + 3);
        }
        self.skip_past(lt, b">")
    }

    fn end_tag(&mut self, lt: usize) -> usize {
        let start = lt + 2;
        let name_end =
            start + self.src[start..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-').count();
        let end = self.skip_past(lt, b">");
        if name_end == start {
            return end; // `</ >` or `</3`: a bogus comment
        }
        let tag = Tag::from_name(&self.src[start..name_end]);
        match tag {
            Tag::Br => {
                self.element(Tag::Br, String::new(), false);
            }
            Tag::P if !self.in_scope(|t| t == Tag::P, |_| false) => {}
            _ => {
                let matches = |t: Tag| t == tag || (tag == Tag::Script && t == TEMPLATE);
                if let Some(pos) = self.stack.iter().rposition(|&k| matches(self.dom.nodes[k as usize].tag)) {
                    if pos > 0 {
                        self.stack.truncate(pos);
                    }
                }
            }
        }
        end
    }

    fn start_tag(&mut self, lt: usize) -> usize {
        let start = lt + 1;
        let name_len =
            self.src[start..].iter().take_while(|b| !b.is_ascii_whitespace() && !matches!(b, b'/' | b'>')).count();
        let name = &self.src[start..start + name_len];
        let tag = Tag::from_name(name);
        let (attrs, mut end, self_closing) = self.attributes(start + name_len, tag);
        self.implied_ends(tag);
        let mut hints = String::new();
        let mut hidden = false;
        let mut ld_json = false;
        let mut template = false;
        for (k, v) in &attrs {
            match k.as_str() {
                "class" | "id" | "itemprop" | "role" => {
                    hints.push_str(&v.to_ascii_lowercase());
                    hints.push(' ');
                }
                "hidden" => hidden = true,
                "aria-hidden" => hidden |= v.eq_ignore_ascii_case("true"),
                "style" => {
                    let s: String = v.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
                    hidden |= s.contains("display:none") || s.contains("visibility:hidden");
                }
                "type" => {
                    let t = v.trim().to_ascii_lowercase();
                    ld_json = t == "application/ld+json";
                    template = matches!(t.as_str(), "text/template" | "text/html" | "text/x-template");
                }
                _ => {}
            }
        }
        if matches!(tag, Tag::Meta | Tag::Link | Tag::Time) || (tag == Tag::A && attrs.iter().any(|(k, _)| k == "rel"))
        {
            self.dom.tagged.push((tag, attrs));
        }
        if tag == Tag::Body || !(tag.in_head() || matches!(tag, Tag::Other(_))) {
            // The body (or body content) closes an unclosed <head>.
            if let Some(pos) = self.stack.iter().rposition(|&k| self.dom.nodes[k as usize].tag == Tag::Head) {
                self.stack.truncate(pos.max(1));
            }
        }
        // Client-side templates (`<script type="text/template">`) hold markup that is shown.
        let tag = if tag == Tag::Script && template { TEMPLATE } else { tag };
        let void = tag.is_void(name);
        let node = self.element(tag, hints, hidden);
        if tag.is_raw_text() || tag == Tag::Skip {
            if self_closing && tag == Tag::Skip {
                return end; // `<svg/>`, `<iframe/>`
            }
            let (body_end, after) = self.raw_text_end(end, name);
            let body = &self.html[end.min(body_end)..body_end];
            match tag {
                Tag::Title if self.dom.title.is_none() => self.dom.title = Some(decode(body).into_owned()),
                Tag::Script if ld_json => self.dom.json_ld.push(body.to_string()),
                _ => {}
            }
            end = after;
        } else if !void && !self_closing {
            if self.stack.len() < MAX_DEPTH {
                self.stack.push(node);
            } else {
                self.dom.too_deep = true;
            }
        }
        end
    }

    /// Pops the elements that `tag` closes implicitly.
    fn implied_ends(&mut self, tag: Tag) {
        let target: Option<(TagTest, TagTest)> = match tag {
            Tag::Li => Some((|t| t == Tag::Li, |t| matches!(t, Tag::Ul | Tag::Ol | Tag::Menu))),
            Tag::Dt | Tag::Dd => Some((|t| matches!(t, Tag::Dt | Tag::Dd), |t| t == Tag::Dl)),
            Tag::Tr => Some((|t| t == Tag::Tr, |t| t == Tag::Table)),
            Tag::Td | Tag::Th => Some((|t| matches!(t, Tag::Td | Tag::Th), |t| matches!(t, Tag::Tr | Tag::Table))),
            Tag::Option => Some((|t| t == Tag::Option, |t| t == Tag::Select)),
            Tag::A => Some((|t| t == Tag::A, |_| false)),
            Tag::H(_) => Some((|t| matches!(t, Tag::H(_)), |_| true)),
            _ => None,
        };
        if tag.closes_p() {
            self.close_in_scope(|t| t == Tag::P, |_| false);
        }
        if let Some((is_target, stops)) = target {
            if let Tag::H(_) = tag {
                // Only a heading open right on top is closed by another heading.
                if self.stack.last().is_some_and(|&k| matches!(self.dom.nodes[k as usize].tag, Tag::H(_))) {
                    self.stack.pop();
                }
                return;
            }
            self.close_in_scope(is_target, stops);
        }
    }

    fn in_scope(&self, is_target: impl Fn(Tag) -> bool, stops: impl Fn(Tag) -> bool) -> bool {
        self.scope_position(is_target, stops).is_some()
    }

    fn scope_position(&self, is_target: impl Fn(Tag) -> bool, stops: impl Fn(Tag) -> bool) -> Option<usize> {
        for (pos, &k) in self.stack.iter().enumerate().rev() {
            let t = self.dom.nodes[k as usize].tag;
            if is_target(t) {
                return Some(pos);
            }
            if t.is_scope_boundary() || stops(t) {
                return None;
            }
        }
        None
    }

    fn close_in_scope(&mut self, is_target: impl Fn(Tag) -> bool, stops: impl Fn(Tag) -> bool) {
        if let Some(pos) = self.scope_position(is_target, stops) {
            if pos > 0 {
                self.stack.truncate(pos);
            }
        }
    }

    /// Parses attributes from `i` to the tag's `>`: (attributes, index after `>`, `/>`).
    fn attributes(&self, mut i: usize, tag: Tag) -> (Vec<(String, String)>, usize, bool) {
        let src = self.src;
        let keep = !matches!(tag, Tag::Br | Tag::Hr | Tag::Img | Tag::Input | Tag::Option);
        let mut attrs = Vec::new();
        let mut self_closing = false;
        while i < src.len() {
            match src[i] {
                b'>' => return (attrs, i + 1, self_closing),
                b'/' => {
                    self_closing = true;
                    i += 1;
                    continue;
                }
                c if c.is_ascii_whitespace() => {
                    i += 1;
                    continue;
                }
                _ => {}
            }
            self_closing = false;
            let name_start = i;
            while i < src.len() && !src[i].is_ascii_whitespace() && !matches!(src[i], b'=' | b'>' | b'/') {
                i += 1;
            }
            let name_end = i.max(name_start + 1).min(src.len());
            i = name_end;
            while i < src.len() && src[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = (i, i);
            if src.get(i) == Some(&b'=') {
                i += 1;
                while i < src.len() && src[i].is_ascii_whitespace() {
                    i += 1;
                }
                match src.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let close = memchr(q, &src[i + 1..]).map_or(src.len(), |k| i + 1 + k);
                        value = (i + 1, close);
                        i = (close + 1).min(src.len());
                    }
                    _ => {
                        let s = i;
                        while i < src.len() && !src[i].is_ascii_whitespace() && src[i] != b'>' {
                            i += 1;
                        }
                        value = (s, i);
                    }
                }
            }
            if keep && attrs.len() < 64 {
                let name = self.slice(name_start, name_end).to_ascii_lowercase();
                attrs.push((name, decode(self.slice(value.0, value.1)).into_owned()));
            }
        }
        (attrs, src.len(), self_closing)
    }

    /// `&self.html[a..b]`, or "" when the range does not fall on character boundaries
    /// (it always does: every cut is next to an ASCII byte).
    fn slice(&self, a: usize, b: usize) -> &str {
        self.html.get(a..b).unwrap_or("")
    }

    /// For a raw-text element opened before `from`: (start of its end tag, index after it).
    fn raw_text_end(&self, from: usize, name: &[u8]) -> (usize, usize) {
        let mut i = from;
        while let Some(k) = find(self.src, i, b"</") {
            let after = k + 2;
            let candidate = self.src.get(after..after + name.len());
            if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name))
                && self.src.get(after + name.len()).is_none_or(|b| !b.is_ascii_alphanumeric())
            {
                return (k, self.skip_past(k, b">"));
            }
            i = after;
        }
        (self.src.len(), self.src.len())
    }

    fn element(&mut self, tag: Tag, hints: String, hidden: bool) -> u32 {
        let parent = self.stack.last().copied().unwrap_or(0);
        let id = self.dom.nodes.len() as u32;
        self.dom.nodes.push(Node { tag, parent, text: String::new(), hints, hidden, last: id });
        id
    }

    fn text(&mut self, a: usize, b: usize) {
        let raw = self.slice(a, b);
        if raw.is_empty() {
            return;
        }
        let parent = self.stack.last().copied().unwrap_or(0);
        let text =
            if raw.bytes().all(|c| c.is_ascii_whitespace()) { " ".to_string() } else { decode(raw).into_owned() };
        let id = self.dom.nodes.len() as u32;
        self.dom.nodes.push(Node { tag: Tag::Text, parent, text, hints: String::new(), hidden: false, last: id });
    }
}

/// Character references decoded (all of HTML's named ones, numeric ones).
pub fn decode(s: &str) -> Cow<'_, str> {
    if s.contains('&') {
        html_escape::decode_html_entities(s)
    } else {
        Cow::Borrowed(s)
    }
}

/// First index ≥ `from` where `pat` starts.
fn find(hay: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    memchr::memmem::find(&hay[from..], pat).map(|k| from + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(dom: &Dom) -> Vec<(Tag, String)> {
        dom.nodes
            .iter()
            .filter(|n| n.tag == Tag::Text && n.text.trim() != "")
            .map(|n| (dom.nodes[n.parent as usize].tag, n.text.clone()))
            .collect()
    }

    #[test]
    fn implied_ends_and_raw_text() {
        let dom = parse("<title>A &amp; B</title><script>if (a<b) {}</script><p>one<p>two<ul><li>x<li>y</ul>");
        assert_eq!(dom.title.as_deref(), Some("A & B"));
        let t = texts(&dom);
        assert_eq!(
            t,
            vec![(Tag::P, "one".into()), (Tag::P, "two".into()), (Tag::Li, "x".into()), (Tag::Li, "y".into())]
        );
        // The second <p> is a sibling of the first, not its child.
        let ps: Vec<_> = dom.nodes.iter().filter(|n| n.tag == Tag::P).map(|n| n.parent).collect();
        assert_eq!(ps[0], ps[1]);
    }

    #[test]
    fn hints_hidden_and_subtree_ends() {
        let dom = parse("<div class='Main Story' id=x><span hidden>h</span><b>t</b></div><p>after");
        let div = dom.nodes.iter().position(|n| n.tag == Tag::Div).unwrap_or(0);
        assert_eq!(dom.nodes[div].hints, "main story x ");
        assert!(dom.nodes.iter().any(|n| n.hidden));
        let p = dom.nodes.iter().position(|n| n.tag == Tag::P).unwrap_or(0);
        assert_eq!(dom.nodes[div].last as usize, p - 1);
    }

    #[test]
    fn survives_broken_markup() {
        for bad in ["<", "<a", "<a href='", "</", "<!--", "<![CDATA[x", "<script>x", "<p/><//p><\u{e9}>", "&#xFFFFFF;"]
        {
            let _ = parse(bad);
        }
        let deep = "<div>".repeat(10 * MAX_DEPTH);
        let dom = parse(&deep);
        assert_eq!(dom.nodes.len(), 10 * MAX_DEPTH + 1);
    }
}
