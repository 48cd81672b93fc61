use super::*;

#[test]
fn bio_labels_become_spans() {
    let s = "Maria Jansen of the United Dockworkers' Union spoke in Rotterdam.";
    let toks = tokenize(s);
    let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
    assert_eq!(words[..3], ["Maria", "Jansen", "of"]);
    let mut labels = vec!["O"; toks.len()];
    labels[0] = "B-PER";
    labels[1] = "I-PER";
    labels[4] = "B-ORG";
    labels[5] = "I-ORG";
    labels[6] = "I-ORG";
    labels[7] = "I-ORG";
    labels[10] = "B-LOC";
    // An I- of another kind starts a span of its own.
    let spans = spans_of(&toks, &labels);
    let texts: Vec<(&str, NerKind)> = spans.iter().map(|sp| (&s[sp.range.clone()], sp.kind)).collect();
    assert_eq!(
        texts,
        [
            ("Maria Jansen", NerKind::Entity(EntityKind::Person)),
            ("United Dockworkers' Union", NerKind::Entity(EntityKind::Organization)),
            ("Rotterdam", NerKind::Entity(EntityKind::Place)),
        ]
    );
    labels[5] = "I-PER";
    let spans = spans_of(&toks, &labels);
    assert_eq!(spans.len(), 5);
}
