#!/usr/bin/env python3
"""Checks the multilingual development set (standard library only); exits 1 on any problem.

- every line of examples/multilingual/*.jsonl parses and has id, title, text, date
  (YYYY-MM-DD), source, url, lang; ids are unique; every id is in the gold and back;
- the text is in the declared language: the share of its letters in the language's script,
  and for the three Latin-script languages the commoner function words (and Czech letters);
- each article is 80-250 words (Chinese: 130-450 characters);
- each event is told by 2 outlets in each of at least 6 languages, over 1-10 days;
- prints the counts per language and per event (the table of the README).
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

EXAMPLES = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ("id", "title", "text", "date", "source", "url", "lang")
SCRIPT = {"en": "LATIN", "fr": "LATIN", "cs": "LATIN", "ru": "CYRILLIC", "ar": "ARABIC",
          "el": "GREEK", "hi": "DEVANAGARI", "he": "HEBREW", "zh": "CJK", "ja": "CJK"}
FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "was", "said", "on", "with", "a"},
    "fr": {"le", "la", "les", "des", "et", "du", "une", "un", "est", "a", "dans", "qui"},
    "cs": {"a", "se", "na", "je", "v", "že", "ve", "to", "do", "podle", "byl", "by"},
}


def script_of(ch):
    name = unicodedata.name(ch, "")
    if name.startswith("CJK") or "HIRAGANA" in name or "KATAKANA" in name:
        return "CJK"
    return name.split(" ")[0]


def language_problem(lang, text):
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "no letters"
    share = sum(script_of(c) == SCRIPT[lang] for c in letters) / len(letters)
    if share < 0.85:
        return f"only {share:.0%} of the letters in {SCRIPT[lang]}"
    if lang in FUNCTION_WORDS:
        toks = re.findall(r"\w+", text.lower())
        hits = {l: sum(t in ws for t in toks) for l, ws in FUNCTION_WORDS.items()}
        best = max(hits, key=hits.get)
        if best != lang:
            return f"function words look {best} ({hits})"
        if lang == "cs" and not re.search("[ěščřžůťďň]", text.lower()):
            return "Czech without Czech letters"
    return None


def length_problem(lang, text):
    if lang in ("zh", "ja"):
        n = sum(script_of(c) == "CJK" for c in text)
        return None if 130 <= n <= 450 else f"{n} CJK characters"
    n = len(text.split())
    return None if 80 <= n <= 250 else f"{n} words"


def main():
    problems, records = [], []
    folder = os.path.join(EXAMPLES, "multilingual")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".jsonl"):
            continue
        for k, line in enumerate(open(os.path.join(folder, name), encoding="utf-8"), 1):
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{name}:{k}: {e}")
                continue
            missing = [f for f in FIELDS if not isinstance(d.get(f), str) or not d[f].strip()]
            if missing:
                problems.append(f"{name}:{k}: missing {missing}")
                continue
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["date"]):
                problems.append(f"{name}:{k}: date {d['date']}")
            if not name.startswith(d["lang"] + "-"):
                problems.append(f"{name}:{k}: lang {d['lang']} in this file")
            for what, p in (("language", language_problem(d["lang"], d["title"] + " " + d["text"])),
                            ("length", length_problem(d["lang"], d["text"]))):
                if p:
                    problems.append(f"{d['id']}: {what}: {p}")
            records.append((name, d))
    ids = collections.Counter(d["id"] for _, d in records)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    gold = {}
    for line in open(os.path.join(EXAMPLES, "multilingual.gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        gold[g["id"]] = g["cluster"]
    problems += [f"{i} not in the gold" for i in ids if i not in gold]
    problems += [f"gold id {i} not in the files" for i in gold if i not in ids]

    by_event = collections.defaultdict(list)
    for name, d in records:
        by_event[gold.get(d["id"])].append((name, d))
    langs = sorted({d["lang"] for _, d in records})
    print("| event | " + " | ".join(langs) + " | articles | dates |")
    print("|---|" + "---:|" * len(langs) + "---:|---|")
    for event in sorted(by_event, key=str):
        members = by_event[event]
        per_lang = collections.Counter(d["lang"] for _, d in members)
        dates = sorted(d["date"] for _, d in members)
        if not str(event).startswith("single:"):
            outlets = collections.defaultdict(set)
            for name, d in members:
                outlets[d["lang"]].add(name)
            full = [l for l, o in outlets.items() if len(o) >= 2]
            if len(full) < 6:
                problems.append(f"{event}: 2 outlets in only {len(full)} languages")
            span = (datetime.date.fromisoformat(dates[-1]) - datetime.date.fromisoformat(dates[0])).days + 1
            if not 1 <= span <= 10:
                problems.append(f"{event}: spread over {span} days")
        cells = " | ".join(str(per_lang.get(l, "")) for l in langs)
        print(f"| {event} | {cells} | {len(members)} | {dates[0]} – {dates[-1]} |")
    total = collections.Counter(d["lang"] for _, d in records)
    print("| **all** | " + " | ".join(str(total[l]) for l in langs) + f" | {len(records)} | |")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
