#!/usr/bin/env python3
"""Builds a large BibTeX or RIS file from the real entries in ../shared/formats by repeating them
with fresh keys/IDs: make_corpus.py bib|ris COUNT OUT. Entries are taken whole (macros the source
defines are copied once at the top), so every copy is a real entry.
make_corpus.py medline COUNT OUT SOURCE.nbib repeats the records of a MEDLINE file (written by
`cite convert --to medline` from real PubMed XML) with fresh PMIDs."""
import pathlib, re, sys

kind, count, out = sys.argv[1], int(sys.argv[2]), pathlib.Path(sys.argv[3])
root = pathlib.Path(__file__).resolve().parents[3] / "shared" / "formats"
if kind == "bib":
    sources = [root / "bibtex/biber/tugboat.bib", root / "bibtex/biblatex/biblatex-examples.bib"]
    strings, entries = [], []
    for path in sources:
        text = path.read_text(encoding="utf-8", errors="replace")
        for chunk in re.split(r"\n(?=@)", text):
            head = chunk.lstrip()[:8].lower()
            if head.startswith("@string"):
                strings.append(chunk.strip())
            elif head.startswith("@") and not head.startswith(("@comment", "@preamble")) and "crossref" not in chunk.lower() and "xdata" not in chunk.lower():
                m = re.match(r"\s*@(\w+)\s*\{\s*([^,\s]+)\s*,", chunk)
                if m:
                    entries.append(chunk.strip())
    with out.open("w", encoding="utf-8") as f:
        f.write("\n".join(strings) + "\n\n")
        for i in range(count):
            e = entries[i % len(entries)]
            f.write(re.sub(r"^(\s*@\w+\s*\{\s*)([^,\s]+)", lambda m: f"{m.group(1)}{m.group(2)}-{i}", e, count=1) + "\n\n")
elif kind == "medline":
    source = pathlib.Path(sys.argv[4]).read_text(encoding="utf-8")
    records = [r.strip("\n") for r in re.split(r"\n\s*\n", source) if r.strip()]
    with out.open("w", encoding="utf-8") as f:
        for i in range(count):
            f.write(re.sub(r"^PMID- \d+", f"PMID- {70000000 + i}", records[i % len(records)], count=1) + "\n\n")
else:
    records = []
    for path in sorted((root / "ris").rglob("*.ris")):
        text = path.read_text(encoding="utf-8-sig", errors="replace").replace("\r\n", "\n")
        for rec in re.findall(r"^TY  - .*?^ER  -.*?$", text, flags=re.M | re.S):
            records.append(rec)
    with out.open("w", encoding="utf-8") as f:
        for i in range(count):
            f.write(records[i % len(records)] + "\n\n")
print(f"{out}: {count} entries")
