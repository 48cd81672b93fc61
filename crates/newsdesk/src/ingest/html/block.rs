//! A learned last look at the story's lines: a logistic regression over each line's shape
//! (length, punctuation, digits, link share, short-word share), its place in the story (by
//! line and by prose mass, lead or body) and its place in the page (depth below the story
//! container, how much of the story its branch holds, the tags and class words of the
//! elements between the line and the container). It drops what the container holds but is
//! not the story: author boxes, photo credits, date lines, donation and affiliate notices.
//!
//! The weights live in `block_model.txt`, written by `bench/html_block_train.py` from the
//! training half of html-dev (pages split by a fixed seed; the other half is held out).
//! Invariant: a line is dropped only when the model is confident ([`Model::threshold`]),
//! and never more than [`MAX_DROP_SHARE`] of the story's bytes (then nothing is dropped).

use super::dom::{Dom, Tag};
use super::extract::Line;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Dense features, in the order [`features`] writes them.
pub const NAMES: &[&str] = &[
    "bias",
    "log_bytes",
    "log_words",
    "link_share",
    "heading",
    "ends_sentence",
    "ends_colon",
    "digit_share",
    "upper_share",
    "short_word_share",
    "position",
    "mass_before",
    "mass_after",
    "outside",
    "log_depth",
    "branch_share",
    "direct_child",
    "prose",
    "first",
    "last",
];

/// When the lines the model would drop hold more than this share of the story's bytes, the
/// model is not trusted on the page and nothing is dropped.
const MAX_DROP_SHARE: f64 = 0.3;

/// The weights of `block_model.txt`.
pub struct Model {
    dense: Vec<f64>,
    tokens: HashMap<String, f64>,
    /// A line goes when its probability of being furniture reaches this.
    pub threshold: f64,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| Model::parse(include_str!("block_model.txt")));

impl Model {
    fn parse(text: &str) -> Model {
        let mut m = Model { dense: vec![0.0; NAMES.len()], tokens: HashMap::new(), threshold: 1.1 };
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let mut parts = line.split_whitespace();
            let (Some(kind), Some(name), Some(value)) = (parts.next(), parts.next(), parts.next()) else { continue };
            let Ok(value) = value.parse::<f64>() else { continue };
            match kind {
                "threshold" if name == "p" => m.threshold = value,
                "w" => match NAMES.iter().position(|n| *n == name) {
                    Some(i) => m.dense[i] = value,
                    None => {
                        m.tokens.insert(name.to_string(), value);
                    }
                },
                _ => {}
            }
        }
        m
    }

    fn probability(&self, x: &Features) -> f64 {
        let mut z: f64 = self.dense.iter().zip(&x.dense).map(|(w, v)| w * v).sum();
        z += x.tokens.iter().filter_map(|t| self.tokens.get(t)).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// One line's features.
pub struct Features {
    pub dense: Vec<f64>,
    /// `t:tag` and `c:word` of the elements from the line's block up to the container.
    pub tokens: Vec<String>,
}

/// Drops the lines the model judges furniture (see the module comment).
pub fn filter(dom: &Dom, container: u32, lines: Vec<Line>) -> Vec<Line> {
    let model = &*MODEL;
    if lines.len() < 2 || model.threshold > 1.0 {
        return lines;
    }
    let xs = features(dom, container, &lines);
    let drop: Vec<bool> = xs.iter().map(|x| model.probability(x) >= model.threshold).collect();
    let total: usize = lines.iter().map(|l| l.text.len()).sum();
    let dropped: usize = lines.iter().zip(&drop).filter(|(_, d)| **d).map(|(l, _)| l.text.len()).sum();
    if dropped as f64 > MAX_DROP_SHARE * total as f64 {
        return lines;
    }
    lines.into_iter().zip(drop).filter_map(|(l, d)| (!d).then_some(l)).collect()
}

/// For training (`bench/html_block_train.py` through `newsdesk bench html --explain`): each
/// line's text, features and the model's probability, one JSON object a line.
pub fn dump(dom: &Dom, container: u32, lines: &[Line]) -> String {
    let model = &*MODEL;
    let mut out = String::new();
    for (l, x) in lines.iter().zip(features(dom, container, lines)) {
        let dense: serde_json::Map<String, serde_json::Value> =
            NAMES.iter().zip(&x.dense).map(|(n, v)| (n.to_string(), serde_json::json!(v))).collect();
        let row = serde_json::json!({"text": l.text, "x": dense, "tokens": x.tokens, "p": model.probability(&x)});
        out.push_str("block\t");
        out.push_str(&row.to_string());
        out.push('\n');
    }
    out
}

/// Every line's features; `container` is the story's element.
pub fn features(dom: &Dom, container: u32, lines: &[Line]) -> Vec<Features> {
    let nodes = &dom.nodes;
    let (lo, hi) = (container, nodes[container as usize].last);
    let inside = |o: u32| (lo..=hi).contains(&o);
    // The container's child on each line's way up (its branch), and the bytes per branch.
    let branch: Vec<Option<u32>> = lines
        .iter()
        .map(|l| {
            let mut k = l.owner;
            if !inside(k) || k == container {
                return None;
            }
            while nodes[k as usize].parent != container && k != 0 {
                k = nodes[k as usize].parent;
            }
            Some(k)
        })
        .collect();
    let mut branch_bytes: HashMap<u32, usize> = HashMap::new();
    for (l, b) in lines.iter().zip(&branch) {
        if let Some(b) = b {
            *branch_bytes.entry(*b).or_default() += l.text.len();
        }
    }
    let total: usize = lines.iter().map(|l| l.text.len()).sum::<usize>().max(1);
    let prose_total: usize = lines.iter().filter(|l| l.is_prose()).map(|l| l.text.len()).sum::<usize>().max(1);
    let n = lines.len();
    let mut prose_before = 0usize;
    let mut out = Vec::with_capacity(n);
    for (k, l) in lines.iter().enumerate() {
        let text = l.text.as_str();
        let bytes = text.len() as f64;
        let (mut words, mut short, mut letters, mut upper, mut digits, mut chars) = (0, 0, 0, 0, 0, 0);
        for w in text.split_whitespace() {
            words += 1;
            if w.chars().filter(|c| c.is_alphabetic()).count() <= 3 {
                short += 1;
            }
        }
        for c in text.chars() {
            chars += 1;
            if c.is_alphabetic() {
                letters += 1;
                if c.is_uppercase() {
                    upper += 1;
                }
            } else if c.is_numeric() {
                digits += 1;
            }
        }
        let last_char = text.trim_end().chars().last().unwrap_or(' ');
        let ends_sentence =
            matches!(last_char, '.' | '!' | '?' | '…' | '"' | '“' | '”' | '»' | '«' | '。' | '！' | '？');
        let mut depth = 0usize;
        let mut tokens: Vec<String> = Vec::new();
        if inside(l.owner) {
            let mut a = l.owner;
            while a != container && a != 0 && depth < 64 {
                let node = &nodes[a as usize];
                if let Some(t) = tag_name(node.tag) {
                    tokens.push(format!("t:{t}"));
                }
                for word in node.hints.split(|c: char| !c.is_ascii_alphabetic()) {
                    if word.len() >= 3 && word.len() <= 20 {
                        tokens.push(format!("c:{word}"));
                    }
                }
                depth += 1;
                a = node.parent;
            }
        }
        tokens.sort();
        tokens.dedup();
        let prose = l.is_prose();
        let before = prose_before as f64 / prose_total as f64;
        if prose {
            prose_before += text.len();
        }
        let after = 1.0 - prose_before as f64 / prose_total as f64;
        let branch_share = branch[k].map_or(0.0, |b| branch_bytes.get(&b).copied().unwrap_or(0) as f64 / total as f64);
        let dense = vec![
            1.0,
            (1.0 + bytes).ln(),
            (1.0 + words as f64).ln(),
            l.link_share(),
            f64::from(u8::from(l.heading)),
            f64::from(u8::from(ends_sentence)),
            f64::from(u8::from(last_char == ':')),
            digits as f64 / chars.max(1) as f64,
            upper as f64 / letters.max(1) as f64,
            short as f64 / words.max(1) as f64,
            k as f64 / (n - 1).max(1) as f64,
            before,
            after,
            f64::from(u8::from(!inside(l.owner))),
            (1.0 + depth as f64).ln(),
            branch_share,
            f64::from(u8::from(branch[k] == Some(l.owner))),
            f64::from(u8::from(prose)),
            f64::from(u8::from(k == 0)),
            f64::from(u8::from(k + 1 == n)),
        ];
        out.push(Features { dense, tokens });
    }
    out
}

/// The name of an element's tag as a feature (unknown elements have none).
fn tag_name(tag: Tag) -> Option<&'static str> {
    Some(match tag {
        Tag::P => "p",
        Tag::Div => "div",
        Tag::Section => "section",
        Tag::Article => "article",
        Tag::Header => "header",
        Tag::Main => "main",
        Tag::Figure => "figure",
        Tag::Blockquote => "blockquote",
        Tag::Ul | Tag::Ol | Tag::Menu => "list",
        Tag::Li => "li",
        Tag::Dl | Tag::Dt | Tag::Dd => "dl",
        Tag::Table | Tag::Tr | Tag::Block | Tag::Caption => "table",
        Tag::Td | Tag::Th => "td",
        Tag::H(_) => "h",
        Tag::Pre => "pre",
        Tag::Address => "address",
        Tag::Details | Tag::Summary => "details",
        Tag::Center => "center",
        Tag::Form => "form",
        _ => return None,
    })
}
