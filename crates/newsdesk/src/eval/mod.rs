//! Evaluation against reference data: cluster metrics ([`clusters`]), ROUGE ([`rouge`]) and
//! the Multi-News cluster format.
//!
//! Input: a JSON-lines file of clusters `{"id", "docs": [{"id", "title", "text"}], "refs"}`
//! (the shape of `shared/data/multinews`). Output: [`Cluster`]s whose documents are ordinary
//! [`RawArticle`]s (id `CLUSTER/DOC`), so an evaluation runs them through the same
//! `clean` → `brief` path as `newsdesk brief`; there is no separate benchmark summariser.
//! A malformed line is reported with its line number and the other lines are still read.

pub mod clusters;
pub mod rouge;

use newsdesk_model::{Brief, Origin, RawArticle};
use serde::Deserialize;
use std::path::Path;

/// One story of an evaluation file: its articles and the human reference summaries.
#[derive(Clone, Debug)]
pub struct Cluster {
    /// The cluster id.
    pub id: String,
    /// The documents as raw articles, in file order.
    pub articles: Vec<RawArticle>,
    /// Reference summaries.
    pub references: Vec<String>,
}

/// A problem reading an evaluation file.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file could not be read at all.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// One line is not a cluster.
    #[error("{path}:{line}: malformed cluster: {message}")]
    Malformed {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

#[derive(Deserialize)]
struct RawCluster {
    id: String,
    docs: Vec<RawDoc>,
    #[serde(default)]
    refs: Vec<String>,
}

#[derive(Deserialize)]
struct RawDoc {
    id: String,
    #[serde(default)]
    title: Option<String>,
    text: String,
}

/// Reads a cluster file; malformed lines come back as problems beside the clusters read.
pub fn read_clusters(path: &Path) -> Result<(Vec<Cluster>, Vec<EvalError>), EvalError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: name.clone(), source })?;
    Ok(parse_clusters(&name, &text))
}

/// Parses cluster lines (blank lines skipped); `name` labels ids' origins and problems.
pub fn parse_clusters(name: &str, text: &str) -> (Vec<Cluster>, Vec<EvalError>) {
    let (mut clusters, mut problems) = (Vec::new(), Vec::new());
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let malformed = |message: String| EvalError::Malformed { path: name.to_string(), line: i + 1, message };
        let raw: RawCluster = match serde_json::from_str(line) {
            Ok(c) => c,
            Err(e) => {
                problems.push(malformed(e.to_string()));
                continue;
            }
        };
        if raw.docs.is_empty() {
            problems.push(malformed(format!("cluster {} has no documents", raw.id)));
            continue;
        }
        let origin = Origin { input: name.to_string(), line: Some(i + 1) };
        let articles = raw
            .docs
            .into_iter()
            .map(|d| RawArticle {
                id: format!("{}/{}", raw.id, d.id),
                text: d.text,
                title: d.title.filter(|t| !t.trim().is_empty()),
                date: None,
                url: None,
                source: None,
                lang: None,
                markup: false,
                origin: origin.clone(),
            })
            .collect();
        clusters.push(Cluster { id: raw.id, articles, references: raw.refs });
    }
    (clusters, problems)
}

/// The summary as one text, one statement a line (what ROUGE is computed on).
pub fn summary_text(brief: &Brief) -> String {
    brief.summary.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join("\n")
}

/// `(checked, valid)`: how many summary statements there are, and how many have citations
/// that all exist in the brief's articles with at least one containing the statement's text
/// (the others cite the same statement in other outlets' words).
pub fn check_citations(brief: &Brief) -> (usize, usize) {
    let valid = brief
        .summary
        .iter()
        .filter(|s| {
            let cited: Option<Vec<&str>> = s.citations.iter().map(|c| brief.cited_text(c)).collect();
            cited.is_some_and(|texts| texts.iter().any(|t| t.contains(s.text.as_str())))
        })
        .count();
    (brief.summary.len(), valid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_become_raw_articles_and_bad_lines_are_named() {
        let text = concat!(
            r#"{"id":"c1","docs":[{"id":"d1","title":"","text":"A port strike began. \n \n It went on."}],"refs":["A strike."]}"#,
            "\n{oops\n\n",
            r#"{"id":"c2","docs":[],"refs":[]}"#,
            "\n"
        );
        let (clusters, problems) = parse_clusters("mn.jsonl", text);
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[0].articles[0].id, "c1/d1");
        assert_eq!(clusters[0].articles[0].title, None);
        assert_eq!(clusters[0].references, ["A strike."]);
        let msgs: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(msgs[0].starts_with("mn.jsonl:2: malformed cluster"), "{msgs:?}");
        assert!(msgs[1].starts_with("mn.jsonl:4: malformed cluster: cluster c2 has no documents"), "{msgs:?}");
    }

    #[test]
    fn summaries_of_a_cluster_cite_existing_sentences() {
        let text = r#"{"id":"c","docs":[{"id":"a","text":"Dockworkers at the port of Valmora walked out on Monday over pay and hours."},{"id":"b","text":"The dockworkers of Valmora walked out on Monday, the union said, over pay."}],"refs":["x"]}"#;
        let (clusters, _) = parse_clusters("t", text);
        let articles = clusters[0].articles.iter().map(crate::clean::clean).collect();
        let brief = crate::brief::build(articles, &crate::brief::BriefOptions { analyze: false, ..Default::default() });
        let (checked, valid) = check_citations(&brief);
        assert!(checked > 0);
        assert_eq!(checked, valid);
        assert!(!summary_text(&brief).is_empty());
    }
}
