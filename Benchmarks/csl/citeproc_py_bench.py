#!/usr/bin/env python3
"""Renders a CSL-JSON bibliography with citeproc-py, printing one entry a line."""
import json
import sys
import warnings

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON


def main():
    style_path, items_path = sys.argv[1], sys.argv[2]
    warnings.simplefilter("ignore")
    with open(items_path, encoding="utf-8") as f:
        data = json.load(f)
    source = CiteProcJSON(data)
    style = CitationStylesStyle(style_path, validate=False)
    bib = CitationStylesBibliography(style, source, formatter.plain)
    for entry in data:
        bib.register(Citation([CitationItem(entry["id"])]))
    out = sys.stdout
    for line in bib.bibliography():
        out.write(str(line))
        out.write("\n")


if __name__ == "__main__":
    main()
