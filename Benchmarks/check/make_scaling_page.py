#!/usr/bin/env python3
"""Writes an HTML page with N numbered references and 2N bracketed citation markers.

usage: make_scaling_page.py N OUT.html [REFPARSE_DIR]

The references are real strings from ../shared/refparse/vancouver_dev.jsonl (repeated with their
order rotated when N is larger than the set, so titles still repeat as they would in a long
review's duplicates); the paragraphs are generated sentences, each citing one marker group:
a single number, a list `[3, 7]` or a range `[4-6]`, cycling through the list.
"""
import html, json, os, sys

n = int(sys.argv[1])
out = sys.argv[2]
data = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "refparse")
strings = [json.loads(l)["text"] for l in open(os.path.join(data, "vancouver_dev.jsonl"), encoding="utf-8")]
refs = [strings[(i * 7) % len(strings)] for i in range(n)]
words = ("the response of connective tissue to repeated injection was measured in several trials and "
         "compared with saline in patients with chronic pain of the knee and lower back").split()
paras, sentences = [], []
for m in range(2 * n):
    a = (m * 37) % n + 1
    kind = m % 3
    if kind == 0:
        marker = f"[{a}]"
    elif kind == 1:
        marker = f"[{a}, {(a + 11) % n + 1}]"
    else:
        b = min(n, a + 2)
        marker = f"[{a}-{b}]" if b > a else f"[{a}]"
    w = " ".join(words[(m + k) % len(words)] for k in range(12))
    sentences.append(f"{w.capitalize()} {marker}.")
    if len(sentences) == 5:
        paras.append("<p>" + " ".join(sentences) + "</p>")
        sentences = []
if sentences:
    paras.append("<p>" + " ".join(sentences) + "</p>")
with open(out + ".tmp", "w", encoding="utf-8") as f:
    f.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Scaling</title></head><body>\n")
    f.write("<h1>A generated review</h1>\n" + "\n".join(paras) + "\n<h2>References</h2>\n<ol>\n")
    for r in refs:
        f.write("<li>" + html.escape(r) + "</li>\n")
    f.write("</ol>\n</body></html>\n")
os.replace(out + ".tmp", out)
