#!/usr/bin/env python3
"""Parses every gold reference entry of an article set (../shared/articles) with
`cite parse-reference` and scores the fields as tools/score.py does, plus the identifiers written in
the strings: DOIs (`10.NNNN/...`) and PMIDs (labelled `PMID`/`PubMed`, or printed bare last after a
DOI, a link or the pages) extracted to their fields, and identifier text left in a title or journal.
A fast stand-in for the reference half of score.py (which runs `cite check` on every page).

usage: article_references.py CITE_BIN [ARTICLES_DIR] [--failures FIELD]
"""
import collections, json, os, re, subprocess, sys, tempfile

cite = sys.argv[1]
data = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("--") else "../shared/articles"
show = sys.argv[sys.argv.index("--failures") + 1] if "--failures" in sys.argv else None
sys.path.insert(0, os.path.join(data, "tools"))
import score  # noqa: E402  (the scorer's own field rules)

pages = os.path.join(data, "pages")
refs = []
for art in sorted(os.listdir(pages)):
    for r in json.load(open(os.path.join(pages, art, "gold.json"), encoding="utf-8"))["references"]:
        refs.append(r)
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
    for r in refs:
        fh.write(r["text"].replace("\n", " ") + "\n")
    path = fh.name
out = subprocess.run([cite, "parse-reference", "--input", path, "--format", "jsonl"],
                     capture_output=True, text=True, check=True).stdout.splitlines()
os.unlink(path)
assert len(out) == len(refs), (len(out), len(refs))

fields = {f: collections.Counter() for f in score.FIELDS}
ids = collections.Counter()
failures = []
doi_re = re.compile(r"10\.\d{4,}/\S+")
pmid_re = re.compile(r"(?:PMID|PubMed)\s*:?\s*(\d+)|(?:10\.\d{4,}/\S+|https?://\S+|\d\.|\)\.)\s+(\d{5,8})\.?$")
for g, line in zip(refs, out):
    item = json.loads(line)
    for f, (status, want, got) in score.compare_ref(g, item).items():
        fields[f][status] += 1
        if status != "ok" and show == f:
            failures.append((want, got, g["text"]))
    text = g["text"]
    m = doi_re.search(text)
    if m:
        ids["doi"] += 1
        if (item.get("DOI") or "").lower() == m.group(0).rstrip(".,;").lower():
            ids["doi ok"] += 1
        elif show == "doi":
            failures.append((m.group(0), item.get("DOI"), text))
    m = pmid_re.search(text)
    if m:
        ids["pmid"] += 1
        if item.get("PMID") == (m.group(1) or m.group(2)):
            ids["pmid ok"] += 1
        elif show == "pmid":
            failures.append((m.group(1) or m.group(2), item.get("PMID"), text))
    if any(re.search(r"\bdoi:|10\.\d{4,}/|\bPMID\b|PubMed:|https?://|www\.", item.get(k) or "")
           for k in ("title", "container-title")):
        ids["leaked"] += 1
        if show == "leaked":
            failures.append(("", item.get("title"), text))

total = ok = 0
print(f"{len(refs)} reference entries")
for f in score.FIELDS:
    c = fields[f]
    n = sum(c.values())
    total += n
    ok += c["ok"]
    print(f"  {f:<16} {c['ok']:5d}/{n:5d} = {100 * c['ok'] / n:5.1f}%  (wrong {c['wrong']}, missing {c['missing']})")
print(f"  all fields       {100 * ok / total:.2f}%")
print(f"  DOI extracted    {ids['doi ok']}/{ids['doi']}; PMID extracted {ids['pmid ok']}/{ids['pmid']}; "
      f"identifier text left in a title or journal: {ids['leaked']}")
for want, got, text in failures:
    print(f"\n{text}\n    want: {want}\n    got:  {got}")
