#!/usr/bin/env python3
"""ECB+ (CC BY 3.0) as articles in newsdesk's JSONL input: the corpus's space-separated tokens
joined back into ordinary text, one sentence a line, so that newsdesk cleans, splits and
tokenises them exactly as it does any article at run time.

Usage: prepare.py ECBPLUS_DOCS.jsonl OUT.jsonl
"""
import json
import re
import sys

NO_SPACE_BEFORE = re.compile(r" (?=[,.;:!?)\]}%]|'s\b|'S\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|''|' )")
NO_SPACE_AFTER = re.compile(r"(?<=[(\[{$]) |(?<=``) ")
HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
SLASH = re.compile(r"(?<=\S) / (?=\S)")


def detokenize(line):
    s = " " + line.strip() + " "
    s = NO_SPACE_BEFORE.sub("", s)
    s = NO_SPACE_AFTER.sub("", s)
    s = HYPHEN.sub("-", s)
    s = SLASH.sub("/", s)
    s = s.replace("``", "\u201c").replace("''", "\u201d")
    return re.sub(r"\s+", " ", s).strip()


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            d = json.loads(line)
            sentences = [detokenize(s) for s in d["text"].split("\n") if s.strip()]
            # The split travels in the id, so the trainer can hold out ECB+'s dev/test documents.
            art = {"id": f"ecb-{d['split']}-{d['id']}", "text": "\n".join(sentences)}
            out.write(json.dumps(art, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
