#!/usr/bin/env python3
"""Word clusters for the NER model's features, from the word vectors of spaCy's en_core_web_md
(MIT; its vectors table keeps 20,000 distinct vectors, every other word mapped to one of them).
The 20,000 vectors are grouped by k-means into FINE clusters, and the fine centroids into COARSE
ones; every lowercase word of the table that is also written capitalised gets its fine cluster.
Words of one cluster are used alike (names of cities, given names, company words…), so the model
can read a name it never saw in training by the company it keeps.

Usage: clusters.py MD_MODEL_PATH OUT.txt
Output: a comment header, a line `coarse F C F C …` (fine→coarse), then `word<TAB>fine` sorted.
"""
import re
import sys

import numpy as np
import spacy

FINE, COARSE, SEED = 512, 64, 13


def kmeans(x, k, iterations=25, seed=SEED):
    rng = np.random.default_rng(seed)
    centers = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iterations):
        d = (x * x).sum(1)[:, None] - 2 * x @ centers.T + (centers * centers).sum(1)[None, :]
        label = d.argmin(1)
        for j in range(k):
            members = x[label == j]
            if len(members):
                centers[j] = members.mean(0)
    return label, centers


def main():
    model, out = sys.argv[1], sys.argv[2]
    nlp = spacy.load(model)
    vectors, strings = nlp.vocab.vectors, nlp.vocab.strings
    data = np.asarray(vectors.data, dtype=np.float32)
    data /= np.linalg.norm(data, axis=1, keepdims=True) + 1e-9
    fine, centers = kmeans(data, FINE)
    centers /= np.linalg.norm(centers, axis=1, keepdims=True) + 1e-9
    coarse, _ = kmeans(centers, COARSE)
    words = {}
    keys = {strings[k]: r for k, r in vectors.key2row.items()}
    word = re.compile(r"^[a-z][a-z'-]{1,19}$")
    for w, r in keys.items():
        if word.match(w) and w.capitalize() in keys:
            words[w] = int(fine[r])
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Word clusters from spaCy en_core_web_md's vectors (MIT), by models/ner/clusters.py:\n"
                f"# {FINE} fine clusters of the 20,000 vectors, {COARSE} coarse clusters of those. A NER feature only.\n")
        f.write("coarse " + " ".join(str(int(c)) for c in coarse) + "\n")
        for w in sorted(words):
            f.write(f"{w}\t{words[w]}\n")
    print(f"{len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
