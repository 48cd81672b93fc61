//! Scores a flat clustering against gold labels, exactly as `shared/tools/eval_clusters.py`.
//!
//! Input: gold and predicted labels as JSON lines (`{"id", "cluster"}`; a prediction may say
//! `"story"` instead of `"cluster"`, as `newsdesk cluster` prints). Output: [`Scores`] —
//! pairwise (standard) P/R/F1 as in Miranda et al. 2018, BCubed P/R/F1, ARI, Rand index, NMI
//! (arithmetic and geometric), homogeneity, completeness, V-measure, purity.
//!
//! Invariants: labels compare by their JSON value (`1` and `"1"` differ, as in the Python
//! tool); an id given two different clusters is an error; when the prediction has no pair,
//! pairwise precision is 0 and flagged.

use serde::Serialize;
use std::collections::HashMap;
use std::hash::Hash;

/// What can be wrong with label files.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A line that is not a JSON object with an `id` and a cluster.
    #[error("line {line}: {message}")]
    BadLine {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The same id with two different clusters.
    #[error("line {line}: id {id:?} given two clusters")]
    Conflict {
        /// 1-based line number.
        line: usize,
        /// The article id.
        id: String,
    },
    /// Gold and prediction do not cover the same ids.
    #[error("id mismatch: {missing} gold ids not predicted, {extra} predicted ids not in gold (use --on-missing singleton|drop)")]
    Mismatch {
        /// Gold ids the prediction lacks.
        missing: usize,
        /// Predicted ids gold lacks.
        extra: usize,
    },
    /// Nothing to evaluate.
    #[error("no documents to evaluate")]
    Empty,
}

/// Labels in file order: `(id, cluster key)`.
pub type Labels = Vec<(String, String)>;

/// Parses `{"id", "cluster"|"story"}` lines. Cluster keys are the values' JSON text.
pub fn parse_labels(text: &str) -> Result<Labels, EvalError> {
    let mut out: Labels = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let bad = |message: String| EvalError::BadLine { line: line_no, message };
        let value: serde_json::Value = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
        let id = match value.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(v @ serde_json::Value::Number(_)) => v.to_string(),
            _ => return Err(bad("no string or number `id`".into())),
        };
        let cluster = value.get("cluster").or_else(|| value.get("story")).ok_or_else(|| bad("no `cluster`".into()))?;
        // No story (`null`: an article with too little content) is a story of its own, as the
        // contract's checkers count it; the key cannot collide with a JSON value's text.
        let key = if cluster.is_null() { format!("\u{0}own:{id}") } else { cluster.to_string() };
        match index.get(&id) {
            Some(&k) if out[k].1 != key => return Err(EvalError::Conflict { line: line_no, id }),
            Some(_) => {}
            None => {
                index.insert(id.clone(), out.len());
                out.push((id, key));
            }
        }
    }
    Ok(out)
}

/// What to do with gold ids the prediction lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnMissing {
    /// Fail with [`EvalError::Mismatch`] (also when the prediction has extra ids).
    Error,
    /// Score each missing id as its own cluster.
    Singleton,
    /// Leave missing ids out.
    Drop,
}

/// Aligns prediction to gold (gold order): the two label lists to score.
pub fn align(gold: &Labels, pred: &Labels, on_missing: OnMissing) -> Result<(Vec<String>, Vec<String>), EvalError> {
    let pred_map: HashMap<&str, &str> = pred.iter().map(|(i, c)| (i.as_str(), c.as_str())).collect();
    let gold_ids: std::collections::HashSet<&str> = gold.iter().map(|(i, _)| i.as_str()).collect();
    let missing = gold.iter().filter(|(i, _)| !pred_map.contains_key(i.as_str())).count();
    let extra = pred.iter().filter(|(i, _)| !gold_ids.contains(i.as_str())).count();
    if (missing > 0 || extra > 0) && on_missing == OnMissing::Error {
        return Err(EvalError::Mismatch { missing, extra });
    }
    let (mut g, mut p) = (Vec::new(), Vec::new());
    for (id, cluster) in gold {
        if let Some(pc) = pred_map.get(id.as_str()) {
            g.push(cluster.clone());
            p.push(pc.to_string());
        }
    }
    if on_missing == OnMissing::Singleton {
        for (id, cluster) in gold.iter().filter(|(i, _)| !pred_map.contains_key(i.as_str())) {
            g.push(cluster.clone());
            p.push(format!("[\"__singleton__\", {id:?}]"));
        }
    }
    Ok((g, p))
}

/// Clustering scores (fractions in 0..=1, not percentages).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scores {
    /// Documents scored.
    pub n_docs: usize,
    /// Gold clusters.
    pub n_gold_clusters: usize,
    /// Predicted clusters.
    pub n_pred_clusters: usize,
    /// Pairwise precision.
    pub pair_p: f64,
    /// Pairwise recall.
    pub pair_r: f64,
    /// Pairwise F1.
    pub pair_f1: f64,
    /// The prediction has no pair at all (precision reported as 0).
    pub pair_p_undefined: bool,
    /// BCubed precision.
    pub bcubed_p: f64,
    /// BCubed recall.
    pub bcubed_r: f64,
    /// BCubed F1 (harmonic mean of the averages).
    pub bcubed_f1: f64,
    /// Rand index.
    pub rand_index: f64,
    /// Adjusted Rand index.
    pub ari: f64,
    /// NMI, arithmetic-mean normalisation.
    pub nmi_arithmetic: f64,
    /// NMI, geometric-mean normalisation.
    pub nmi_geometric: f64,
    /// Homogeneity.
    pub homogeneity: f64,
    /// Completeness.
    pub completeness: f64,
    /// V-measure.
    pub v_measure: f64,
    /// Purity (majority gold class per predicted cluster).
    pub purity: f64,
    /// Inverse purity (majority predicted cluster per gold class).
    pub inverse_purity: f64,
}

fn comb2(x: u64) -> u64 {
    x * x.saturating_sub(1) / 2
}

fn entropy(sizes: impl Iterator<Item = u64>, n: f64) -> f64 {
    -sizes.filter(|&s| s > 0).map(|s| s as f64 / n * (s as f64 / n).ln()).sum::<f64>()
}

fn sizes<T: Eq + Hash>(labels: &[T]) -> HashMap<&T, u64> {
    let mut m = HashMap::new();
    for l in labels {
        *m.entry(l).or_default() += 1;
    }
    m
}

/// Scores `pred` against `gold` (same length, position `i` is one document).
pub fn score<G: Eq + Hash, P: Eq + Hash>(gold: &[G], pred: &[P]) -> Result<Scores, EvalError> {
    let n = gold.len().min(pred.len());
    if n == 0 {
        return Err(EvalError::Empty);
    }
    let (gold, pred) = (&gold[..n], &pred[..n]);
    let a = sizes(gold);
    let b = sizes(pred);
    let mut cont: HashMap<(&G, &P), u64> = HashMap::new();
    for (g, p) in gold.iter().zip(pred) {
        *cont.entry((g, p)).or_default() += 1;
    }
    let nf = n as f64;
    let tp: u64 = cont.values().map(|&v| comb2(v)).sum();
    let pred_pairs: u64 = b.values().map(|&v| comb2(v)).sum();
    let gold_pairs: u64 = a.values().map(|&v| comb2(v)).sum();
    let all_pairs = comb2(n as u64);
    let (fp, fn_) = (pred_pairs - tp, gold_pairs - tp);
    let tn = all_pairs - tp - fp - fn_;
    let ratio = |x: u64, y: u64| if y > 0 { x as f64 / y as f64 } else { 0.0 };
    let f1 = |p: f64, r: f64| if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    let (pair_p, pair_r) = (ratio(tp, pred_pairs), ratio(tp, gold_pairs));
    let rand_index = if all_pairs > 0 { (tp + tn) as f64 / all_pairs as f64 } else { 1.0 };
    let expected = if all_pairs > 0 { gold_pairs as f64 * pred_pairs as f64 / all_pairs as f64 } else { 0.0 };
    let max_index = (gold_pairs + pred_pairs) as f64 / 2.0;
    let ari = if max_index != expected { (tp as f64 - expected) / (max_index - expected) } else { 1.0 };

    let bcubed_p = cont.iter().map(|((_, p), &v)| (v * v) as f64 / b[p] as f64).sum::<f64>() / nf;
    let bcubed_r = cont.iter().map(|((g, _), &v)| (v * v) as f64 / a[g] as f64).sum::<f64>() / nf;

    let (hg, hp) = (entropy(a.values().copied(), nf), entropy(b.values().copied(), nf));
    let mi: f64 =
        cont.iter().map(|((g, p), &v)| (v as f64 / nf) * (v as f64 * nf / (a[g] as f64 * b[p] as f64)).ln()).sum();
    let trivial_same = (a.len() == 1 && b.len() == 1) || (a.len() == n && b.len() == n);
    let (nmi_arithmetic, nmi_geometric) = if trivial_same {
        (1.0, 1.0)
    } else {
        (
            if hg + hp > 0.0 { mi / ((hg + hp) / 2.0) } else { 0.0 },
            if hg * hp > 0.0 { mi / (hg * hp).sqrt() } else { 0.0 },
        )
    };
    let homogeneity = if hg == 0.0 { 1.0 } else { 1.0 - (hg - mi) / hg };
    let completeness = if hp == 0.0 { 1.0 } else { 1.0 - (hp - mi) / hp };
    let mut best_by_pred: HashMap<&P, u64> = HashMap::new();
    let mut best_by_gold: HashMap<&G, u64> = HashMap::new();
    for ((g, p), &v) in &cont {
        let bp = best_by_pred.entry(p).or_default();
        *bp = (*bp).max(v);
        let bg = best_by_gold.entry(g).or_default();
        *bg = (*bg).max(v);
    }
    Ok(Scores {
        n_docs: n,
        n_gold_clusters: a.len(),
        n_pred_clusters: b.len(),
        pair_p,
        pair_r,
        pair_f1: f1(pair_p, pair_r),
        pair_p_undefined: pred_pairs == 0,
        bcubed_p,
        bcubed_r,
        bcubed_f1: f1(bcubed_p, bcubed_r),
        rand_index,
        ari,
        nmi_arithmetic,
        nmi_geometric,
        homogeneity,
        completeness,
        v_measure: f1(homogeneity, completeness),
        purity: best_by_pred.values().sum::<u64>() as f64 / nf,
        inverse_purity: best_by_gold.values().sum::<u64>() as f64 / nf,
    })
}

impl std::fmt::Display for Scores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pct = |x: f64| 100.0 * x;
        writeln!(
            f,
            "docs={}  gold clusters={}  predicted clusters={}",
            self.n_docs, self.n_gold_clusters, self.n_pred_clusters
        )?;
        writeln!(
            f,
            "standard (pairwise) P={:.2} R={:.2} F1={:.2}{}",
            pct(self.pair_p),
            pct(self.pair_r),
            pct(self.pair_f1),
            if self.pair_p_undefined { "   [P undefined: no predicted pair; reported as 0]" } else { "" }
        )?;
        writeln!(f, "BCubed P={:.2} R={:.2} F1={:.2}", pct(self.bcubed_p), pct(self.bcubed_r), pct(self.bcubed_f1))?;
        write!(
            f,
            "ARI={:.4}  RI={:.4}  NMI(arith)={:.4}  NMI(geom)={:.4}  V={:.4}  purity={:.4}  inverse purity={:.4}",
            self.ari,
            self.rand_index,
            self.nmi_arithmetic,
            self.nmi_geometric,
            self.v_measure,
            self.purity,
            self.inverse_purity
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_trivial_clusterings() {
        let gold = ["a", "a", "b", "b", "b"];
        let s = score(&gold, &[1, 1, 2, 2, 2]).unwrap();
        assert_eq!((s.pair_f1, s.bcubed_f1, s.ari, s.nmi_arithmetic), (1.0, 1.0, 1.0, 1.0));
        let singletons = score(&gold, &[1, 2, 3, 4, 5]).unwrap();
        assert!(singletons.pair_p_undefined && singletons.pair_f1 == 0.0 && singletons.bcubed_p == 1.0);
        let one = score(&gold, &[0; 5]).unwrap();
        assert_eq!(one.bcubed_r, 1.0);
        assert!((one.pair_p - 4.0 / 10.0).abs() < 1e-12);
    }

    #[test]
    fn worked_example() {
        // Gold {0,1,2} {3,4}; predicted {0,1} {2,3,4}: TP = 1 + 1, predicted pairs 1 + 3, gold pairs 3 + 1.
        let s = score(&[0, 0, 0, 1, 1], &["x", "x", "y", "y", "y"]).unwrap();
        assert!((s.pair_p - 0.5).abs() < 1e-12 && (s.pair_r - 0.5).abs() < 1e-12);
        // BCubed P: (1 + 1 + 1/3 + 2/3 + 2/3) / 5; R: (2/3 + 2/3 + 1/3 + 1 + 1) / 5.
        assert!((s.bcubed_p - (11.0 / 3.0) / 5.0).abs() < 1e-12);
        assert!((s.bcubed_r - (11.0 / 3.0) / 5.0).abs() < 1e-12);
    }

    #[test]
    fn parse_align_and_errors() {
        let gold = parse_labels("{\"id\":\"a\",\"cluster\":1}\n{\"id\":2,\"cluster\":\"1\"}\n").unwrap();
        assert_eq!(gold, [("a".to_string(), "1".to_string()), ("2".to_string(), "\"1\"".to_string())]);
        let pred = parse_labels("{\"id\":\"a\",\"story\":\"s\"}").unwrap();
        assert!(matches!(align(&gold, &pred, OnMissing::Error), Err(EvalError::Mismatch { missing: 1, extra: 0 })));
        let (g, p) = align(&gold, &pred, OnMissing::Singleton).unwrap();
        assert_eq!((g.len(), p.len()), (2, 2));
        assert!(matches!(
            parse_labels("{\"id\":\"a\",\"cluster\":1}\n{\"id\":\"a\",\"cluster\":2}"),
            Err(EvalError::Conflict { line: 2, .. })
        ));
        assert!(matches!(parse_labels("{\"id\":\"a\"}"), Err(EvalError::BadLine { line: 1, .. })));
        assert!(matches!(score::<u8, u8>(&[], &[]), Err(EvalError::Empty)));
    }

    #[test]
    fn no_story_is_a_story_of_its_own() {
        let pred = parse_labels("{\"id\":\"a\",\"story\":null}\n{\"id\":\"b\",\"story\":null}").unwrap();
        assert_ne!(pred[0].1, pred[1].1);
    }
}
