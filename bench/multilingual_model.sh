#!/usr/bin/env bash
# What the multilingual sentence model links (issue 17), on examples/multilingual: the whole
# set, its tuning and test parts (bench/multilingual_parts.py) and the set without dates (so
# that time no longer keeps the same-kind events apart: they are 2-6 weeks apart), each with
# and without the key evidence (names, numbers) and with and without the model.
#   bench/multilingual_model.sh [NEWSDESK_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-target/release/newsdesk}
W=target/multilingual-parts
python3 bench/multilingual_parts.py "$W" 2>/dev/null
mkdir -p "$W/undated"
for f in examples/multilingual/*.jsonl; do
  python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(l); d.pop("date", None); print(json.dumps(d, ensure_ascii=False))' "$f" > "$W/undated/$(basename "$f")"
done
echo "| input | keys | model | stories | BCubed P / R / F1 | same-kind event pairs sharing a story (of 3) | wall s |"
echo "|---|---|---|---|---|---|---|"
for input in whole tune test undated; do
  case $input in
    whole) dir=examples/multilingual; gold=examples/multilingual.gold.jsonl ;;
    undated) dir=$W/undated; gold=examples/multilingual.gold.jsonl ;;
    *) dir=$W/$input; gold=$W/$input.gold.jsonl ;;
  esac
  for keys in true false; do
    for budget in 256 0; do
      start=$(date +%s.%N)
      "$N" cluster --set languages_keys=$keys --set languages_model_budget=$budget "$dir" > "$W/pred.jsonl" 2>/dev/null
      wall=$(python3 -c "import time,sys; print(f'{time.time() - float(sys.argv[1]):.1f}')" "$start")
      bc=$("$N" eval clusters --gold "$gold" --pred "$W/pred.jsonl" | sed -n 's/^BCubed P=\([0-9.]*\) R=\([0-9.]*\) F1=\([0-9.]*\).*/\1 \2 \3/p')
      python3 - "$gold" "$W/pred.jsonl" "$input" "$keys" "$budget" "$bc" "$wall" <<'PY'
import json, sys
gold_f, pred_f, input_, keys, budget, bc, wall = sys.argv[1:]
gold = {json.loads(l)["id"]: json.loads(l)["cluster"] for l in open(gold_f)}
pred = {}
for l in open(pred_f):
    d = json.loads(l); pred[d["id"]] = d["story"]
stories = {}
for a, s in pred.items():
    stories.setdefault(s, set()).add(gold[a])
pairs = [("velmora-ferry-aurelia-star", "kessaly-ferry-solvara"), ("taravan-earthquake", "orsino-earthquake"),
         ("zarema-karimova-resigns", "valdessa-dorval-resigns")]
present = [p for p in pairs if p[0] in gold.values() and p[1] in gold.values()]
merged = sum(any(p[0] in ev and p[1] in ev for ev in stories.values()) for p in present)
p, r, f = (float(x) / 100 for x in bc.split())
print(f"| {input_} | {'on' if keys == 'true' else 'off'} | {'on' if budget != '0' else 'off'} | {len(stories)} | {p:.3f} / {r:.3f} / **{f:.3f}** | {merged} of {len(present)} | {wall} |")
PY
    done
  done
done
