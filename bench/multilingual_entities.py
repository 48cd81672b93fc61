#!/usr/bin/env python3
"""Entities across languages (issue 17, item 2): briefs each event of examples/multilingual as
one story and checks its gold people and places (examples/multilingual.entities.json).

usage: bench/multilingual_entities.py [NEWSDESK_BINARY] [--verbose]

For each gold entity: the brief entities whose variants contain one of its written forms
(Latin, Cyrillic, Greek: at a word start; caseless scripts: anywhere, clitics attach).
- once:   exactly one brief entity holds it (the person appears once across scripts);
- split:  several do; missing: none does;
- wrong merges: a brief entity holding two gold entities (of any kind; persons counted apart);
- scripts: of the scripts the event's articles write the name in, how many its one entity lists.
Quotes and figures: every citation points at an article whose language the brief labels, and
the quote's text / figure's value is in the cited (original-language) sentence.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def script(text):
    for c in text:
        if c.isalpha():
            name = unicodedata.name(c, "")
            if "CJK" in name:
                return "Han"
            return name.split()[0]
    return "?"


def matches(form, variant):
    if form.lower() == form.upper():  # caseless script: clitics attach in front
        return form in variant
    return re.search(r"(?<!\w)" + re.escape(form.lower()), variant.lower()) is not None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    binary = args[0] if args else os.path.join(ROOT, "target/release/newsdesk")
    gold = json.load(open(os.path.join(ROOT, "examples/multilingual.entities.json"), encoding="utf-8"))["events"]
    cluster = {}
    for line in open(os.path.join(ROOT, "examples/multilingual.gold.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        cluster[d["id"]] = d["cluster"]
    lines = {}
    folder = os.path.join(ROOT, "examples/multilingual")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".jsonl"):
            for line in open(os.path.join(folder, name), encoding="utf-8"):
                lines.setdefault(cluster[json.loads(line)["id"]], []).append(line)
    tot = {"entities": 0, "once": 0, "split": 0, "missing": 0, "persons": 0, "persons_once": 0,
           "wrong": 0, "wrong_persons": 0, "scripts": 0, "scripts_listed": 0,
           "citations": 0, "citations_labelled": 0, "cited_in_original": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for event, entities in gold.items():
            path = os.path.join(tmp, event + ".jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(lines[event])
            out = subprocess.run([binary, "brief", path, "--format", "json"], capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"newsdesk failed on {event}: {out.stderr}")
            brief = json.loads(out.stdout)
            texts = [a["title"] or "" for a in brief["articles"]] + [s for a in brief["articles"] for s in a["sentences"]]
            holders = []
            for g in entities:
                hold = [i for i, e in enumerate(brief["entities"]) if any(matches(f, v) for f in g["forms"] for v in e["variants"])]
                holders.append(hold)
                tot["entities"] += 1
                person = g["type"] == "person"
                tot["persons"] += person
                state = "once" if len(hold) == 1 else "split" if hold else "missing"
                tot[state] += 1
                tot["persons_once"] += person and state == "once"
                written = {script(f) for f in g["forms"] if any(matches(f, t) for t in texts)}
                listed = {script(v) for i in hold[:1] for v in brief["entities"][i]["variants"]} & written
                tot["scripts"] += len(written)
                tot["scripts_listed"] += len(listed) if state == "once" else 0
                if verbose and (state != "once" or listed != written):
                    shown = [(brief["entities"][i]["name"], brief["entities"][i]["type"], brief["entities"][i]["variants"]) for i in hold]
                    print(f"  {event}: {g['name']} {state}; scripts {sorted(listed)} of {sorted(written)}: {shown}")
            for i, e in enumerate(brief["entities"]):
                held = [g for g, hold in zip(entities, holders) if i in hold]
                if len(held) >= 2:
                    tot["wrong"] += 1
                    tot["wrong_persons"] += sum(g["type"] == "person" for g in held) >= 2
                    if verbose:
                        print(f"  {event}: WRONG MERGE {e['name']} {e['variants']} holds {[g['name'] for g in held]}")
            lang = {a["id"]: a.get("lang") for a in brief["articles"]}
            sentences = {a["id"]: a["sentences"] for a in brief["articles"]}
            for item, key in [(q, "text") for q in brief["quotes"]] + [(f, "value") for f in brief["figures"]]:
                for c in item["citations"]:
                    tot["citations"] += 1
                    tot["citations_labelled"] += bool(c.get("lang") or lang.get(c["article"]))
                    tot["cited_in_original"] += item[key] in sentences[c["article"]][c["sentence"]]
    t = tot
    print(f"gold entities {t['entities']}: once {t['once']}, split {t['split']}, missing {t['missing']}; "
          f"persons once {t['persons_once']}/{t['persons']}; wrong merges {t['wrong']} (of two persons {t['wrong_persons']}); "
          f"scripts listed {t['scripts_listed']}/{t['scripts']}; quote/figure citations {t['citations']}: "
          f"labelled {t['citations_labelled']}, text in the cited sentence {t['cited_in_original']}")
    ok = t["persons_once"] == t["persons"] and t["wrong_persons"] == 0
    print("SUMMARY", "PASS" if ok else "FAIL", json.dumps(t))


if __name__ == "__main__":
    main()
