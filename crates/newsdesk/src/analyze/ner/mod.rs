//! The statistical named-entity model: a linear-chain CRF (CRFsuite format, run with the
//! `crfs` crate) that tags each token of a sentence as the beginning or inside of a person,
//! organisation, place, other name or nationality/group word, or outside any name.
//!
//! Input: an article's sentences. Output: per sentence, the name spans (byte ranges) with
//! their kind. The model file `model.crfsuite` is built by `models/ner/train.sh` from silver
//! labels (spaCy run over licence-clean text) and the features of [`features`]; it is compiled
//! into the binary. A missing or unreadable model yields no spans rather than an error.

pub mod features;
pub mod tokens;

use features::{sentence_features, DocContext};
use newsdesk_model::EntityKind;
use std::ops::Range;
use std::sync::LazyLock;
use tokens::{tokenize, Token};

/// What the model says a span names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NerKind {
    /// A name of one of the four entity kinds.
    Entity(EntityKind),
    /// A nationality, religion or political group word ("Dutch", "Democrats"): not an entity.
    Group,
}

/// One tagged name in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NerSpan {
    /// Byte range in the sentence.
    pub range: Range<usize>,
    /// Its kind.
    pub kind: NerKind,
}

static MODEL_BYTES: &[u8] = include_bytes!("model.crfsuite");

static MODEL: LazyLock<Option<crfs::Model<'static>>> = LazyLock::new(|| crfs::Model::new(MODEL_BYTES).ok());

static TAGGER: LazyLock<Option<crfs::Tagger<'static>>> = LazyLock::new(|| MODEL.as_ref().and_then(|m| m.tagger().ok()));

fn kind_of(label: &str) -> Option<NerKind> {
    Some(match label {
        "PER" => NerKind::Entity(EntityKind::Person),
        "ORG" => NerKind::Entity(EntityKind::Organization),
        "LOC" => NerKind::Entity(EntityKind::Place),
        "OTH" => NerKind::Entity(EntityKind::Other),
        "NORP" => NerKind::Group,
        _ => return None,
    })
}

/// Turns BIO labels into spans (an `I-` after a different kind starts a new span).
fn spans_of(tokens: &[Token<'_>], labels: &[&str]) -> Vec<NerSpan> {
    let mut out: Vec<NerSpan> = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, label) in labels.iter().enumerate() {
        let (bio, kind) = label.split_once('-').unwrap_or(("O", ""));
        let continues = bio == "I" && open.is_some_and(|(_, k)| k == kind);
        if !continues {
            if let Some((start, k)) = open.take() {
                if let Some(kind) = kind_of(k) {
                    out.push(NerSpan { range: tokens[start].range.start..tokens[i - 1].range.end, kind });
                }
            }
            if bio != "O" {
                open = Some((i, kind));
            }
        }
    }
    if let Some((start, k)) = open {
        if let (Some(kind), Some(last)) = (kind_of(k), tokens.last()) {
            out.push(NerSpan { range: tokens[start].range.start..last.range.end, kind });
        }
    }
    out
}

/// Whether a token could be part of a name a brief lists: capitalised and no stopword, or an
/// acronym.
fn could_name(t: &Token<'_>) -> bool {
    let mut letters = t.text.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else { return false };
    // "US" is a name though "us" is a stopword.
    first.is_uppercase()
        && (letters.clone().next().is_some_and(char::is_uppercase)
            || !crate::text::terms::is_stopword(&t.text.to_lowercase()))
}

/// Tags the sentences of one article (the article is the context of its words).
pub fn tag_document(sentences: &[&str]) -> Vec<Vec<NerSpan>> {
    let tokens: Vec<Vec<Token<'_>>> = sentences.iter().map(|s| tokenize(s)).collect();
    let doc = DocContext::new(tokens.iter().map(Vec::as_slice));
    let Some(tagger) = TAGGER.as_ref() else {
        return vec![Vec::new(); sentences.len()];
    };
    sentences
        .iter()
        .zip(&tokens)
        .map(|(s, toks)| {
            // A mention needs a capitalised word that is not a function word: a sentence
            // without one is not worth tagging (the model's spans there would be dropped).
            if !toks.iter().any(could_name) {
                return Vec::new();
            }
            let xseq: Vec<Vec<crfs::Attribute>> = sentence_features(s, toks, &doc)
                .into_iter()
                .map(|f| f.into_iter().map(|name| crfs::Attribute::new(name, 1.0)).collect())
                .collect();
            match tagger.tag(&xseq) {
                Ok(labels) => spans_of(toks, &labels),
                Err(_) => Vec::new(),
            }
        })
        .collect()
}

/// The tokens and features of an article's sentences, for the training dump.
pub fn document_features<'a>(sentences: &[&'a str]) -> Vec<(Vec<Token<'a>>, Vec<Vec<String>>)> {
    let tokens: Vec<Vec<Token<'a>>> = sentences.iter().map(|s| tokenize(s)).collect();
    let doc = DocContext::new(tokens.iter().map(Vec::as_slice));
    let feats: Vec<Vec<Vec<String>>> =
        sentences.iter().zip(&tokens).map(|(s, t)| sentence_features(s, t, &doc)).collect();
    tokens.into_iter().zip(feats).collect()
}

/// Whether a trained model is compiled in.
pub fn model_loaded() -> bool {
    TAGGER.is_some()
}

#[cfg(test)]
mod tests;
