#!/usr/bin/env python3
"""Lists the pages whose title / author / date differ from the ground truth (same comparison as
../shared/eval/score_snippets.py: whitespace-normalised exact match, dates on their YYYY-MM-DD prefix).

usage: metadata-diff.py --gt GT_DIR --pred PRED_DIR [--field title|author|date]
"""
import argparse, json, os, re


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def field(obj, *names):
    for n in names:
        v = obj.get(n)
        if isinstance(v, list):
            v = "; ".join(x for x in v if isinstance(x, str))
        if isinstance(v, str) and v.strip():
            return norm(v)
    return ""


ap = argparse.ArgumentParser()
ap.add_argument("--gt", required=True)
ap.add_argument("--pred", required=True)
ap.add_argument("--field")
a = ap.parse_args()
for name in sorted(os.listdir(a.gt)):
    if not name.endswith(".json"):
        continue
    g = json.load(open(os.path.join(a.gt, name), encoding="utf-8"))
    pp = os.path.join(a.pred, name)
    p = json.load(open(pp, encoding="utf-8")) if os.path.exists(pp) else {}
    for key, gnames in (("title", ("title",)), ("author", ("author", "byline")), ("date", ("date", "publishedTime"))):
        if a.field and key != a.field:
            continue
        gv = field(g, *gnames)
        if not gv:
            continue
        pv = field(p, key)
        if key == "date":
            gv, pv = gv[:10], pv[:10]
        if gv != pv:
            src = (p.get("sources") or {}).get(key, "")
            print(f"{name[:-5]}\t{key}\texpected: {gv!r}\tgot: {pv!r}\t[{src}]\t{g.get('url', '')}")
