#!/usr/bin/env python3
"""Flatten a Multi-News cluster file (shared/data/multinews) into newsdesk's .jsonl article input.

usage: multinews-articles.py CLUSTERS.jsonl > ARTICLES.jsonl
Each article gets the id CLUSTERID/DOCID, so cluster membership stays readable.
"""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        cluster = json.loads(line)
        for doc in cluster["docs"]:
            out = {"id": f'{cluster["id"]}/{doc["id"]}', "text": doc["text"]}
            if doc.get("title"):
                out["title"] = doc["title"]
            print(json.dumps(out, ensure_ascii=False))
