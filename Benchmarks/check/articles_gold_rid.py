#!/usr/bin/env python3
"""Writes a copy of ../shared/articles whose gold reads each author–year or pin-cite xref's target from
its rid (href="#refN" in page.html) instead of the numbers printed in it: build_set.py's gold_markers
takes `(Freeman and Gurdon 2002)` as a citation of reference 2002 and `[1: 290–293]` as 1 and 290–293.
Usage: articles_gold_rid.py ../shared/articles /tmp/articles-rid; then score.py against /tmp/articles-rid."""
import html, json, os, re, sys
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(os.path.join(dst, "pages"), exist_ok=True)
changed = 0
for art in sorted(os.listdir(os.path.join(src, "pages"))):
    sp, dp = os.path.join(src, "pages", art), os.path.join(dst, "pages", art)
    os.makedirs(dp, exist_ok=True)
    for f in ("page.html", "page.txt"):
        t = os.path.join(dp, f)
        if not os.path.exists(t):
            os.symlink(os.path.join(os.path.abspath(sp), f), t)
    g = json.load(open(os.path.join(sp, "gold.json")))
    lines = open(os.path.join(sp, "page.html"), encoding="utf-8").read().split("\n")
    ids = {}
    for i, line in enumerate(lines):
        m = re.match(r'\s*<li id="([^"]+)"', line)
        if m:
            ids[m.group(1)] = len(ids) + 1
    num = {r["number"]: r for r in g["references"]}
    for p in g["paragraphs"]:
        line = lines[p["html_line"] - 1]
        anchors = [(m.group(1), re.sub(r"<[^>]+>", "", html.unescape(m.group(2))))
                   for m in re.finditer(r'<a href="#([^"]+)">(.*?)</a>', line)]
        k = 0
        for mk in p["markers"]:
            if not re.search(r"[A-Za-z:]", mk["printed"]):
                continue
            while k < len(anchors) and anchors[k][1].strip() not in mk["printed"]:
                k += 1
            refs, used = [], 0
            while k < len(anchors) and anchors[k][1].strip() and anchors[k][1].strip() in mk["printed"] \
                    and used + len(anchors[k][1].strip()) <= len(mk["printed"]):
                used += len(anchors[k][1].strip())
                if anchors[k][0] in ids:
                    refs.append(ids[anchors[k][0]])
                k += 1
            refs = sorted(refs)
            if refs and refs != sorted(mk["refs"]):
                mk["refs"] = refs; mk["multiset"] = refs; changed += 1
    json.dump(g, open(os.path.join(dp, "gold.json"), "w"))
print("markers re-read from rid:", changed, file=sys.stderr)
