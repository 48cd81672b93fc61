//! Keeps story ids stable when the live window is re-clustered: the new clusters (labels) are
//! matched to the stories their stored members had, greedily by overlap size, so the larger
//! part of a split keeps the id and a story whose members all went elsewhere is merged
//! (redirected) into the story that took most of them.

use std::collections::{BTreeMap, HashMap};

/// How the labels of one clustering map onto story ids.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    /// Label → the existing story it continues; labels not here start new stories.
    pub kept: HashMap<String, String>,
    /// Existing stories merged away: `(story, label that took most of its members)`.
    pub merged: Vec<(String, String)>,
}

/// Matches labels to stories. `pairs` holds one `(old story, new label)` per stored article
/// of the window that has both; `sizes` gives each old story's size (larger stories win ties,
/// then the lower id, then the lower label: the result never depends on hash order).
pub fn map_labels(pairs: &[(&str, &str)], sizes: &HashMap<String, usize>) -> Mapping {
    let mut overlap: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for &(story, label) in pairs {
        *overlap.entry((story, label)).or_default() += 1;
    }
    let mut ranked: Vec<((&str, &str), usize)> = overlap.iter().map(|(&k, &n)| (k, n)).collect();
    let size = |s: &str| sizes.get(s).copied().unwrap_or(0);
    ranked.sort_by(|((s1, l1), n1), ((s2, l2), n2)| {
        n2.cmp(n1).then(size(s2).cmp(&size(s1))).then(s1.cmp(s2)).then(l1.cmp(l2))
    });
    let mut mapping = Mapping::default();
    let mut taken: HashMap<&str, &str> = HashMap::new();
    for &((story, label), _) in &ranked {
        if taken.contains_key(story) || mapping.kept.contains_key(label) {
            continue;
        }
        taken.insert(story, label);
        mapping.kept.insert(label.to_string(), story.to_string());
    }
    // A story that kept no label joins the label that took most of its members (the first
    // in rank order).
    for &((story, label), _) in &ranked {
        if !taken.contains_key(story) {
            taken.insert(story, label);
            mapping.merged.push((story.to_string(), label.to_string()));
        }
    }
    mapping
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sizes(list: &[(&str, usize)]) -> HashMap<String, usize> {
        list.iter().map(|(s, n)| (s.to_string(), *n)).collect()
    }

    #[test]
    fn unchanged_clusters_keep_their_ids() {
        let m = map_labels(&[("s1", "x"), ("s1", "x"), ("s2", "y")], &sizes(&[("s1", 2), ("s2", 1)]));
        assert_eq!(m.kept.get("x").map(String::as_str), Some("s1"));
        assert_eq!(m.kept.get("y").map(String::as_str), Some("s2"));
        assert!(m.merged.is_empty());
    }

    #[test]
    fn a_merge_keeps_the_larger_story_and_redirects_the_other() {
        let m = map_labels(&[("s1", "x"), ("s2", "x"), ("s2", "x"), ("s2", "x")], &sizes(&[("s1", 1), ("s2", 3)]));
        assert_eq!(m.kept.get("x").map(String::as_str), Some("s2"));
        assert_eq!(m.merged, [("s1".to_string(), "x".to_string())]);
    }

    #[test]
    fn a_split_keeps_the_id_on_the_larger_part() {
        let m = map_labels(&[("s1", "x"), ("s1", "y"), ("s1", "y")], &sizes(&[("s1", 3)]));
        assert_eq!(m.kept.get("y").map(String::as_str), Some("s1"));
        assert!(!m.kept.contains_key("x"));
        assert!(m.merged.is_empty());
    }

    #[test]
    fn ties_go_to_the_larger_story_whatever_the_order() {
        let pairs = [("s2", "x"), ("s1", "x")];
        let m = map_labels(&pairs, &sizes(&[("s1", 5), ("s2", 9)]));
        assert_eq!(m.kept.get("x").map(String::as_str), Some("s2"));
        let reversed = [("s1", "x"), ("s2", "x")];
        assert_eq!(map_labels(&reversed, &sizes(&[("s1", 5), ("s2", 9)])), m);
    }
}
