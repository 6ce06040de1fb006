#!/usr/bin/env python3
"""Differential harness: CiteKit's CSL processor against pandoc (Haskell citeproc) on real styles.

Every style of ../shared/csl/styles-independent.tar.xz (or a deterministic sample, --limit N)
renders the bibliography of the same items with `cite format --to html` and with
`pandoc --citeproc -t html`. The harness reports crashes, time-outs, doubled or orphaned
punctuation, and the entries on which the two disagree, grouped by kind, with a file of examples.
See ../README.md ("Differential harness") for the kinds and who is right in each.

Usage: Benchmarks/csl/differential/run.py [--limit N] [--jobs 2] [--timeout 30] [--cite PATH]
Outputs (git-ignored) go to Benchmarks/csl/out/differential/.
"""
import argparse
import concurrent.futures as cf
import copy
import difflib
import html
import json
import os
import re
import subprocess
import sys
import tarfile
import time
from collections import Counter, defaultdict
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))

# PubMed edge cases worth rendering (MANIFEST.tsv's edge_cases column).
PUBMED_FEATURES = ["MedlineDate", "Season", "BracketedTranslatedTitle", "NonEnglishLanguage", "CollectiveName",
                   "inline<i>inArticleTitle", "ELocationID", "NumericPubMonth"]


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--limit", type=int, default=0, help="render only N styles, evenly spread over the sorted list")
    p.add_argument("--jobs", type=int, default=2, help="styles rendered at once (default 2)")
    p.add_argument("--timeout", type=float, default=30, help="seconds allowed per style and processor")
    p.add_argument("--cite", help="the cite executable (default: .build/release/cite, else .build/debug/cite)")
    p.add_argument("--styles", help="a folder of .csl files instead of the shared tarball")
    p.add_argument("--pubmed-items", type=int, default=16, help="PubMed records converted with `cite convert`")
    p.add_argument("--examples", type=int, default=12, help="examples kept per kind")
    p.add_argument("--out", default=os.path.join(ROOT, "Benchmarks", "csl", "out", "differential"))
    p.add_argument("--citekit-only", action="store_true",
                   help="render with CiteKit only: crashes, time-outs and punctuation over many styles, fast")
    p.add_argument("--no-explicit", action="store_true",
                   help="skip the second pandoc run on styles whose inheritable name options are written onto cs:name")
    p.add_argument("--summarize", action="store_true", help="only recompute the figures from the last run's results.jsonl")
    return p.parse_args()


def find_cite(arg):
    if arg:
        return arg
    for conf in ("release", "debug"):
        path = os.path.join(ROOT, ".build", conf, "cite")
        if os.path.exists(path):
            return path
    sys.exit("no cite executable: run `swift build --product cite` (or -c release) first")


def styles_folder(args):
    if args.styles:
        return args.styles
    folder = os.path.join(args.out, "styles")
    if not os.path.isdir(folder) or not os.listdir(folder):
        os.makedirs(folder, exist_ok=True)
        with tarfile.open(os.path.join(SHARED, "csl", "styles-independent.tar.xz")) as tar:
            for member in tar.getmembers():
                if member.isfile() and member.name.endswith(".csl"):
                    member.name = os.path.basename(member.name)
                    tar.extract(member, folder)
    return folder


def pubmed_items(cite, count, out):
    """The first records of MANIFEST files that show the listed edge cases, converted by `cite convert`."""
    if count <= 0:
        return []
    manifest = os.path.join(SHARED, "pubmed", "MANIFEST.tsv")
    rows = []
    with open(manifest, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            rows.append(row)
    rows.sort(key=lambda r: (int(r.get("bytes_uncompressed") or 0), r["file"]))
    items, seen = [], set()
    for feature in PUBMED_FEATURES:
        for row in rows:
            if feature not in row.get("edge_cases", ""):
                continue
            path = os.path.join(SHARED, "pubmed", row["file"])
            res = subprocess.run([cite, "convert", path], capture_output=True, text=True, timeout=120)
            if res.returncode != 0:
                continue
            for item in json.loads(res.stdout or "[]"):
                if item.get("id") not in seen:
                    seen.add(item.get("id"))
                    item["id"] = "pubmed-" + str(item.get("id"))
                    items.append(item)
                    break
            break
    # Fill up with further small files, one record each.
    for row in rows:
        if len(items) >= count:
            break
        path = os.path.join(SHARED, "pubmed", row["file"])
        res = subprocess.run([cite, "convert", path], capture_output=True, text=True, timeout=120)
        if res.returncode != 0:
            continue
        for item in json.loads(res.stdout or "[]"):
            key = item.get("id")
            if key not in seen:
                seen.add(key)
                item["id"] = "pubmed-" + str(key)
                items.append(item)
                break
    return items[:count]


# ---------------------------------------------------------------- the same locale data for pandoc

CSL_NS = "http://purl.org/net/xbiblio/csl"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LOCALES = os.path.join(SHARED, "csl", "locales")


def locale_file(lang):
    with open(os.path.join(LOCALES, "locales.json"), encoding="utf-8") as f:
        primary = json.load(f)["primary-dialects"]
    for tag in (lang, primary.get(lang.split("-")[0], ""), "en-US"):
        path = os.path.join(LOCALES, f"locales-{tag}.xml")
        if tag and os.path.exists(path):
            return path
    return os.path.join(LOCALES, "locales-en-US.xml")


def term_key(t):
    return (t.get("name"), t.get("form", "long"), t.get("gender-form"), t.get("match"))


def with_shared_locale(style_path, folder, explicit_folder=None):
    """A copy of the style whose own locale holds the merged locale CiteKit resolves for it: the
    locale file of ../shared/csl/locales for its default-locale, overlaid with the style's locale
    elements in CSL's order of precedence. pandoc's built-in locales are older; without this, every
    locale term that changed since (June/Jun., eds/eds., sect./sec.) would count as a disagreement."""
    ET.register_namespace("", CSL_NS)
    try:
        tree = ET.parse(style_path)
    except ET.ParseError:
        return style_path if explicit_folder is None else (style_path, style_path)
    root = tree.getroot()
    lang = root.get("default-locale") or "en-US"
    base = ET.parse(locale_file(lang)).getroot()
    ns = "{%s}" % CSL_NS
    terms, dates, options = {}, {}, {}
    def overlay(loc, style_level):
        lterms = loc.find(ns + "terms")
        if lterms is not None:
            new = lterms.findall(ns + "term")
            if style_level and any((t.get("name") or "").startswith("ordinal") for t in new):
                for k in [k for k in terms if (k[0] or "").startswith("ordinal")]:
                    del terms[k]
            for t in new:
                terms[term_key(t)] = t
        for d in loc.findall(ns + "date"):
            dates[d.get("form")] = d
        o = loc.find(ns + "style-options")
        if o is not None:
            options.update(o.attrib)
    overlay(base, False)
    own = root.findall(ns + "locale")
    primary = lang.split("-")[0]
    for wanted in (None, primary, lang):
        for loc in own:
            if loc.get(XML_LANG) == wanted:
                overlay(loc, True)
    for loc in own:
        root.remove(loc)
    merged = ET.Element(ns + "locale", {XML_LANG: lang})
    if options:
        ET.SubElement(merged, ns + "style-options", options)
    for d in dates.values():
        merged.append(d)
    holder = ET.SubElement(merged, ns + "terms")
    for t in terms.values():
        holder.append(t)
    info = root.find(ns + "info")
    root.insert(list(root).index(info) + 1 if info is not None else 0, merged)
    path = os.path.join(folder, os.path.basename(style_path))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    if explicit_folder is None:
        return path
    with_explicit_name_options(tree)
    explicit = os.path.join(explicit_folder, os.path.basename(style_path))
    tree.write(explicit, encoding="utf-8", xml_declaration=True)
    return path, explicit


# ---------------------------------------------------------------- inheritable name options made explicit

# CSL 1.0.2, "Inheritable Name Options": these attributes may be set on cs:style, cs:citation and
# cs:bibliography and are inherited by every cs:name (and cs:names) in that scope; a value set on
# cs:citation or cs:bibliography overrides cs:style's, and a value on cs:name/cs:names overrides both.
# Values are (attribute on the ancestor, attribute on the element that receives it).
INHERITABLE_NAME = [(a, a) for a in (
    "and", "delimiter-precedes-et-al", "delimiter-precedes-last", "et-al-min", "et-al-use-first",
    "et-al-use-last", "et-al-subsequent-min", "et-al-subsequent-use-first", "initialize", "initialize-with",
    "name-as-sort-order", "sort-separator")] + [("name-form", "form"), ("name-delimiter", "delimiter")]
INHERITABLE_NAMES = [("names-delimiter", "delimiter")]


def with_explicit_name_options(tree):
    """The same style with the specification's inheritance written down: every cs:name (and cs:names)
    gets the inheritable name options of cs:style and of the cs:citation or cs:bibliography it renders
    in, where it does not set them itself. A macro is rendered in the scope of the section that calls
    it, so a macro reached from both sections is split into one copy per section (`NAME (citation)`,
    `NAME (bibliography)`), each with that section's values; the rendering does not change by the
    specification. pandoc 2.17 ignores these options on cs:style; written on cs:name it honours them.
    Returns the number of attributes written."""
    ns = "{%s}" % CSL_NS
    root = tree.getroot()
    macros = {m.get("name"): m for m in root.findall(ns + "macro")}
    written = 0

    def scope_values(section):
        name_values, names_values = {}, {}
        for holder in (root, section):
            for source, target in INHERITABLE_NAME:
                if holder.get(source) is not None:
                    name_values[target] = holder.get(source)
            for source, target in INHERITABLE_NAMES:
                if holder.get(source) is not None:
                    names_values[target] = holder.get(source)
        return name_values, names_values

    def write_down(element, name_values, names_values, in_substitute=False):
        nonlocal written
        for child in list(element):
            tag = child.tag[len(ns):] if child.tag.startswith(ns) else child.tag
            if tag == "names":
                # A cs:names without children inside cs:substitute inherits from the cs:names it
                # substitutes for (spec, Substitute), which gets the values here; writing them onto
                # the shorthand too (a cs:name, a delimiter) would end that inheritance.
                if in_substitute and len(child) == 0:
                    continue
                for attr, value in names_values.items():
                    if child.get(attr) is None:
                        child.set(attr, value)
                        written += 1
                name = child.find(ns + "name")
                if name is None and name_values:
                    name = ET.Element(ns + "name")
                    # After a leading cs:label, so that a label written before the names stays there.
                    leading = next((i for i, c in enumerate(child) if c.tag != ns + "label"), len(child))
                    child.insert(leading, name)
                if name is not None:
                    for attr, value in name_values.items():
                        if name.get(attr) is None:
                            name.set(attr, value)
                            written += 1
                write_down(child, name_values, names_values, in_substitute)
            elif tag == "substitute":
                write_down(child, name_values, names_values, True)
            else:
                write_down(child, name_values, names_values, in_substitute)

    def rename_calls(element, suffix, reached):
        for child in element.iter():
            if child.get("macro") is not None and child.get("macro") in macros:
                reached.add(child.get("macro"))
                child.set("macro", child.get("macro") + suffix)

    copies = []
    for section_tag in ("citation", "bibliography"):
        section = root.find(ns + section_tag)
        if section is None:
            continue
        name_values, names_values = scope_values(section)
        suffix = f" ({section_tag})"
        reached, done = set(), set()
        rename_calls(section, suffix, reached)
        write_down(section, name_values, names_values)
        while reached - done:
            name = sorted(reached - done)[0]
            done.add(name)
            clone = copy.deepcopy(macros[name])
            clone.set("name", name + suffix)
            rename_calls(clone, suffix, reached)
            write_down(clone, name_values, names_values)
            copies.append(clone)
    for clone in copies:
        # Macros must precede cs:citation and cs:bibliography (CSL schema order).
        first_section = next((i for i, c in enumerate(root) if c.tag in (ns + "citation", ns + "bibliography")), len(root))
        root.insert(first_section, clone)
    # The options stay on cs:style, cs:citation and cs:bibliography too (a sort key on a name variable
    # still reads them there); the copies on cs:name take precedence by the same rule.
    return written



# ---------------------------------------------------------------- parsing outputs

TAG_MAP = [
    (re.compile(r"<(em|i)\b[^>]*>"), "<i>"), (re.compile(r"</(em|i)>"), "</i>"),
    (re.compile(r"<(strong|b)\b[^>]*>"), "<b>"), (re.compile(r"</(strong|b)>"), "</b>"),
    (re.compile(r"<sup>"), "<sup>"), (re.compile(r"</sup>"), "</sup>"),
    (re.compile(r"<sub>"), "<sub>"), (re.compile(r"</sub>"), "</sub>"),
    (re.compile(r'<span style="font-variant:\s*small-caps;?">'), "<sc>"),
    (re.compile(r'<span class="smallcaps">'), "<sc>"),
]
KEEP = re.compile(r"</?(i|b|sup|sub|sc)>")


def _superscripts():
    import unicodedata
    table = {}
    for cp in range(0xA0, 0x2200):
        d = unicodedata.decomposition(chr(cp))
        if d.startswith("<super>"):
            table[chr(cp)] = "".join(chr(int(x, 16)) for x in d.split()[1:])
    return table


SUPERSCRIPTS = _superscripts()


def formatted(fragment):
    """Text with only italic, bold, superscript, subscript and small caps kept as tags."""
    s = fragment
    for rx, rep in TAG_MAP:
        s = rx.sub(rep, s)
    # Drop every other tag, keeping the normalised ones.
    out, pos = [], 0
    for m in re.finditer(r"<[^>]+>", s):
        out.append(s[pos:m.start()])
        if KEEP.fullmatch(m.group(0)):
            out.append(m.group(0))
        elif m.group(0).startswith("<div") and out and not out[-1].endswith(" "):
            out.append(" ")
        pos = m.end()
    out.append(s[pos:])
    s = html.unescape("".join(out))
    # Unicode superscript characters and <sup> are the same output (citeproc-js writes the latter).
    s = "".join(f"<sup>{SUPERSCRIPTS[c]}</sup>" if c in SUPERSCRIPTS else c for c in s)
    s = re.sub(r"<(i|b|sup|sub|sc)></\1>", "", s)
    return re.sub(r"\s+", " ", s).strip()


def styled_chars(text):
    """(character, active styles) pairs: the same formatting in any nesting order compares equal."""
    out, active = [], []
    for m in re.finditer(r"<(/?)(i|b|sup|sub|sc)>|([^<]+|<)", text):
        if m.group(3) is not None:
            out.extend((c, frozenset(active)) for c in m.group(3) if not c.isspace())
        elif m.group(1):
            if m.group(2) in active:
                active.remove(m.group(2))
        else:
            active.append(m.group(2))
    return out


def same(a, b):
    return a == b or styled_chars(a) == styled_chars(b)


def plain(text):
    return re.sub(r"\s+", " ", re.sub(r"</?(i|b|sup|sub|sc)>", "", text)).strip()


def citekit_entries(out):
    parts = re.split(r'<div class="csl-entry"[^>]*>', out)[1:]
    entries = []
    for p in parts:
        end = p.rfind("</div>")
        entries.append(formatted(p[:end] if end >= 0 else p))
    return entries


def pandoc_entries(out):
    entries = []
    for m in re.finditer(r'<div id="ref-([^"]+)" class="csl-entry"[^>]*>(.*?)</div>\s*(?=<div id="ref-|</div>\s*$)', out, re.S):
        entries.append((m.group(1), formatted(m.group(2))))
    return entries


# ---------------------------------------------------------------- checks

DOUBLED = [
    ("doubled-punctuation", re.compile(r"(?<!\.)\.\s*\.(?!\.)|[,;:]\s*[,;:]|,\s*\.(?!\.)|\.\s*,")),
    ("empty-brackets", re.compile(r"\(\s*\)|\[\s*\]")),
    ("space-before-punctuation", re.compile(r"\s[,;.](?=\s|$)")),
    # A comma, semicolon or colon that ends the entry, or stands before only the entry's final period
    # (`In: .` and `In:` are the same orphan, whether or not the period was merged into the colon).
    ("orphaned-punctuation", re.compile(r"^[,;:.]|[,;:]\s*\.?$|\(\s*[,;:.]|[,;:]\s*\)")),
]

# An initial's period before a delimiter (`Borrell, L.N., P.C. Erwin`; `Doe, J., Smith, J.`) is not a
# doubled mark: the period belongs to the abbreviated given name (initialize-with), the comma is the
# name delimiter, and CSL 1.0.2 renders both (spec, Name: initialize-with; the specification's own
# example "Doe, J., S. Smith"). A single capital letter (after a space, a hyphen, another initial's
# period or the start) followed by its period counts as an initial; so do the generational name
# suffixes `Jr.` and `Sr.`, whose period is the item's own data (`King, M.L., Jr., W.H. Gates`).
INITIAL_BEFORE_DELIMITER = re.compile(r"(?:(?<=^)|(?<=[\s\-.\u2010]))([^\W\d_]|Jr|Sr)\.(?=\s*[,;])")


def without_initials_periods(text):
    return INITIAL_BEFORE_DELIMITER.sub(lambda m: m.group(1) if m.group(1)[0].isupper() else m.group(0), text)


def punctuation_problems(text):
    text = plain(text)
    return [name for name, rx in DOUBLED
            if rx.search(without_initials_periods(text) if name == "doubled-punctuation" else text)]


# ---------------------------------------------------------------- kinds of disagreement

MONTHS = {m.lower() for m in ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                              "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
                              "Sep", "Sept", "Oct", "Nov", "Dec", "Spring", "Summer", "Autumn", "Fall", "Winter"]}
PUNCT = re.compile(r"[\s\.,;:!?\(\)\[\]\"'“”‘’«»]+")


def tokens(s):
    return re.findall(r"\w+|[^\w\s]", s)


def name_words(item):
    words = set()
    for key, value in item.items():
        if isinstance(value, list) and value and isinstance(value[0], dict) and key not in ("issued",):
            for n in value:
                for part in ("family", "given", "literal", "non-dropping-particle", "dropping-particle", "suffix"):
                    if isinstance(n.get(part), str):
                        words.update(w.lower() for w in re.findall(r"\w+", n[part]))
    return words


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
EMPTY_PART = re.compile(r"([,.;:])(\s*)([,.;:])(?!\.)")


def classify(ck, pd, item, term_words=None):
    """The kind of a disagreement: a named, known kind when one rule explains it, else a coarse kind."""
    a, b = plain(ck), plain(pd)
    if a.replace("\u2013", "-") == b.replace("\u2013", "-") and "\u2013" in a:
        return "en dash in a number variable's range"
    if re.sub(r"^\[?\d+\]?\.?\s*", "", a) == re.sub(r"^\[?\d+\]?\.?\s*", "", b) and a[:1].isdigit() | a[:1].startswith("["):
        return "citation number (bibliography sort)"
    if CJK.search(a + b) and re.sub(r"[\s.,]", "", a) == re.sub(r"[\s.,]", "", b):
        return "names in CJK script"
    if a == b:
        return "formatting only"
    squeeze = lambda t: re.sub(r"\s+", " ", EMPTY_PART.sub(lambda m: m.group(1) + m.group(2), t)).strip()
    if squeeze(a) == squeeze(b) or squeeze(a).replace(" .", ".").replace(" ,", ",") == squeeze(b) or \
            re.sub(r"[,;:] +(?=\.)", "", b) == a:
        # The last: pandoc prints the affix of an element that rendered nothing (`Lan, . 2015`, a
        # label whose term is empty); affixes are only rendered with the element's output (spec, Affixes).
        return "punctuation beside an empty part"
    ranges = lambda t: RANGE.sub("R", t.replace("\u2013", "-"))
    if ranges(a) == ranges(b):
        return "page range format"
    if re.search(r"\b1[3-6]\b", b) and re.sub(r"\b1[3-6]\b", "S", b) == re.sub(SEASONS, "S", a):
        return "seasons"
    if a.lower() == b.lower():
        return letter_case(a, b, item)
    if re.sub(r"\b(1[0-9]|20)(\d\d)\b", r"\2", b) == re.sub(r"\b(1[0-9]|20)(\d\d)\b", r"\2", a) and \
            re.search(r"\b\d\d\)?\.?$|\b\d\d\b", a):
        return "year form short"
    if _norm_numeric(a, b)[1] == a and b != a:
        return "is-numeric (label of a non-numeric number)"
    if QUOTED_MARK_COMMA.sub(r"\1", a) == b and QUOTED_MARK_COMMA.search(a):
        return "comma after ? or ! inside a quotation"
    if re.sub(r"([?!])[,.]", r"\1", a) == re.sub(r"([?!])[,.]", r"\1", b):
        return "punctuation after ? or !"
    if PLURAL_LABEL.sub(r"\1.", b) == a and PLURAL_LABEL.search(b):
        return "label plural of a single number"
    if term_words and term_only_insertion(a, b, term_words):
        return "nested group of terms only"
    if _norm_literal_affix(a, b, item)[1] == a and b != a:
        return "cs:name affix on a literal name"
    combined = combined_kinds(a, b, term_words)
    if combined:
        return combined
    return coarse(ck, pd, item)


QUOTED_MARK_COMMA = re.compile(r"([?!]),(?=[\u201d\u2019\"'])")
# pandoc's plural label where the variable holds one number (`Patent Nos. US 1234567`).
PLURAL_LABEL = re.compile(r"\b([Nn]o|[Vv]ol)s\.")


def term_only_insertion(a, b, term_words):
    """CiteKit's entry is pandoc's with one part added whose words are all words of the locale's
    terms, bracketed or standing alone between delimiters (`2020. [Online]. Available`): a nested
    group that prints only terms, which citeproc-js renders and which keeps its enclosing group."""
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "delete":
        return False
    inserted = a[ops[0][1]:ops[0][2]].strip()
    words = re.findall(r"[^\W\d_]+", inserted)
    return bool(words) and all(w.lower() in term_words for w in words) and \
        re.fullmatch(r"[.,;:]?\s*[\[(]?[^\W\d_]+(?: [^\W\d_]+)*[\])]?[.,;:]?", inserted) is not None


# Rules decided against pandoc, each as a normaliser that removes its own difference from both
# entries; an entry that differs by several of them at once (a chicago-16 range and an uppercase
# word) is that combination, and pandoc is wrong in every part.
def _norm_dash(a, b):
    return a.replace("\u2013", "-"), b.replace("\u2013", "-")


def _norm_range(a, b):
    f = lambda t: RANGE.sub("R", t.replace("\u2013", "-"))
    return f(a), f(b)


def _norm_cjk(a, b):
    f = lambda t: re.sub(r"([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])\.", r"\1", t)
    return f(a), f(b)


def _norm_upper(a, b):
    upper = {w for w in re.findall(r"\w+", a) if w.isupper() and len(w) > 1}
    return a, re.sub(r"\w+", lambda m: m.group(0).upper() if m.group(0).upper() in upper else m.group(0), b)


NUMERIC_PART = re.compile(r"[^\W\d_]*\d+[^\W\d_]*")


def spec_numeric(value):
    """CSL 1.0.2 is-numeric: numbers, each with optional letter prefixes or suffixes ("D2", "2b"),
    separated by a comma, hyphen or ampersand ("2, 3", "2-4", "2 & 4"); nothing else."""
    parts = re.split(r"\s*[,&\-\u2013]\s*", value.strip())
    return all(NUMERIC_PART.fullmatch(p) for p in parts)


def _norm_numeric(a, b):
    """pandoc's label (`No.`, `no.:`, `Version`) before a value that is not numeric by the spec, where
    the style shows the label only for a numeric value (is-numeric)."""
    def drop(m):
        return "" if not spec_numeric(m.group(2).rstrip(".,;:)")) else m.group(0)
    return a, re.sub(r"(\b[Nn]os?\.:? |\bn<sup>o</sup> |\bno |\b[Vv]ersion )(\S+)", lambda m: drop(m) + (m.group(2) if drop(m) == "" else ""), b)


def _norm_quote_comma(a, b):
    return QUOTED_MARK_COMMA.sub(r"\1", a), b


def _norm_plural(a, b):
    return a, PLURAL_LABEL.sub(r"\1.", b)


def literal_names(item):
    return [n["literal"] for key, value in item.items() if isinstance(value, list)
            for n in value if isinstance(n, dict) and isinstance(n.get("literal"), str)]


def _norm_literal_affix(a, b, item):
    """pandoc's cs:name suffix after a literal (institutional) name (`World Health Organization.,`);
    citeproc-js renders institutional names without the cs:name token (names.js `_renderNames` /
    `_renderInstitutionName`), so CiteKit writes `World Health Organization,`."""
    for literal in literal_names(item):
        b = re.sub(re.escape(literal) + r"[.,;:](?=[\s,;:.(]|$)", lambda m: literal if literal in a and m.group(0) not in a else m.group(0), b)
    return a, b


NORMALISERS = [("en dash in a number variable's range", _norm_dash), ("page range format", _norm_range),
               ("names in CJK script", _norm_cjk), ("uppercase words in title case", _norm_upper),
               ("is-numeric (label of a non-numeric number)", _norm_numeric),
               ("comma after ? or ! inside a quotation", _norm_quote_comma),
               ("label plural of a single number", _norm_plural)]


def combined_kinds(a, b, term_words=None):
    """The smallest combination of the normalisers above that makes the entries equal, as `kind + kind`."""
    import itertools
    useful = [(k, f) for k, f in NORMALISERS if f(a, b) != (a, b)]
    for size in range(2, len(useful) + 1):
        for combo in itertools.combinations(useful, size):
            x, y = a, b
            for _, f in combo:
                x, y = f(x, y)
            if x == y:
                return " + ".join(k for k, _ in combo)
    return None


# A range, with a letter prefix on either number (`S224-S225`; citeproc-js drops the second prefix
# when it equals the first and the range is minimised).
RANGE = re.compile(r"[A-Za-z]?\d+-[A-Za-z]?\d+")
SEASONS = r"\b(Spring|Summer|Autumn|Fall|Winter|Frühjahr|Frühling|Sommer|Herbst|Winter|printemps|été|automne|hiver)\b"


def letter_case(a, b, item):
    """Letter-case disagreements, by the word that differs."""
    wa, wb = re.findall(r"\w+", a), re.findall(r"\w+", b)
    diffs = [(x, y) for x, y in zip(wa, wb) if x != y]
    english = (item.get("language") or "en").lower().startswith("en")
    if diffs and all(x.isupper() and not y.isupper() for x, y in diffs):
        return "uppercase words in title case"
    if diffs and not english and all(x[:1].islower() and y[:1].isupper() for x, y in diffs):
        return "title case of non-English items"
    return "letter case only"


def coarse(ck, pd, item):
    a, b = plain(ck), plain(pd)
    if a == b:
        return "formatting only"
    if a.replace(" ", "") == b.replace(" ", ""):
        return "spacing only"
    if a.lower() == b.lower():
        return "letter case only"
    if PUNCT.sub("", a) == PUNCT.sub("", b):
        qa, qb = re.sub(r"[^\"'“”‘’«»]", "", a), re.sub(r"[^\"'“”‘’«»]", "", b)
        return "quotes only" if qa != qb and PUNCT.sub("", a) == PUNCT.sub("", b) and \
            re.sub(r"[\"'“”‘’«»]", "", a) == re.sub(r"[\"'“”‘’«»]", "", b) else "punctuation only"
    if PUNCT.sub("", a).lower() == PUNCT.sub("", b).lower():
        return "letter case and punctuation"
    ta, tb = tokens(a), tokens(b)
    changed = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if op != "equal":
            changed.extend(w.lower() for w in ta[i1:i2] + tb[j1:j2])
    words = [w for w in changed if re.match(r"\w", w)]
    names = name_words(item)
    if words and all(w in names or len(w) <= 2 and w.isalpha() for w in words) and any(w in names for w in words):
        return "names"
    if words and all(w in MONTHS for w in words):
        return "month terms"
    if words and all(w in MONTHS or w.isdigit() for w in words):
        return "dates and numbers"
    if not words:
        return "punctuation only"
    if set(ta) <= set(tb):
        return "text missing in CiteKit"
    if set(tb) <= set(ta):
        return "text only in CiteKit"
    return "other"


def align(ck, pd):
    """Pairs CiteKit's entries (no ids) with pandoc's (id, text): equal texts first, then the most alike."""
    pairs, free_ck, free_pd = [], list(range(len(ck))), list(range(len(pd)))
    for i in list(free_ck):
        for j in free_pd:
            if same(ck[i], pd[j][1]):
                pairs.append((i, j))
                free_ck.remove(i)
                free_pd.remove(j)
                break
    scored = []
    for i in free_ck:
        for j in free_pd:
            scored.append((difflib.SequenceMatcher(None, plain(ck[i]), plain(pd[j][1]), autojunk=False).ratio(), i, j))
    scored.sort(reverse=True)
    used_i, used_j = set(), set()
    for _, i, j in scored:
        if i not in used_i and j not in used_j:
            pairs.append((i, j))
            used_i.add(i)
            used_j.add(j)
    return pairs


NAME_OPTIONS = ("and", "delimiter-precedes-et-al", "delimiter-precedes-last", "et-al-min", "et-al-use-first",
                "et-al-use-last", "initialize", "initialize-with", "name-as-sort-order", "name-delimiter",
                "name-form", "names-delimiter", "sort-separator")
_style_options = {}


def style_sets_name_options(path):
    """Whether the style sets inheritable name options on cs:style itself (pandoc 2.17 ignores them)."""
    if path not in _style_options:
        try:
            with open(path, encoding="utf-8") as f:
                head = f.read(4000)
            m = re.search(r"<style\b[^>]*>", head)
            _style_options[path] = bool(m and any(re.search(r"\s" + o + r'="', m.group(0)) for o in NAME_OPTIONS))
        except OSError:
            _style_options[path] = False
    return _style_options[path]


_term_words = {}


def locale_term_words(style_path):
    """Words of every term of the style's locale (the shared locale file of its default-locale and
    the style's own locale elements)."""
    lang = "en-US"
    try:
        with open(style_path, encoding="utf-8") as f:
            head = f.read()
        m = re.search(r"<style\b[^>]*default-locale=\"([^\"]+)\"", head)
        lang = m.group(1) if m else lang
    except OSError:
        head = ""
    key = (lang, style_path)
    if key not in _term_words:
        words = set()
        with open(locale_file(lang), encoding="utf-8") as f:
            text = f.read()
        for chunk in re.findall(r"<term\b[^>]*>(.*?)</term>", text + head, re.S):
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", re.sub(r"<[^>]+>", " ", chunk)))
        _term_words[key] = words
    return _term_words[key]


def kind_for(style_path, ck, pd, item, explicit=False):
    """The kind of a disagreement. With `explicit`, pandoc rendered the style with its inheritable name
    options written onto every cs:name, so no name disagreement is put down to them by guesswork."""
    kind = classify(ck, pd, item, locale_term_words(style_path))
    if explicit:
        return kind
    parent = independent_parent(style_path) if os.path.exists(style_path) else style_path
    if not isinstance(parent, str):
        # A dependent style renders with its parent's options.
        parent_path = _style_ids.get(os.path.dirname(style_path), {}).get(
            (parent.getroot().findtext("{%s}info/{%s}id" % (CSL_NS, CSL_NS)) or "").strip(), style_path)
        style_path = parent_path
    if kind == "names" and style_sets_name_options(style_path):
        return "name options on cs:style"
    return kind


# Kinds where the specification (or, where it is silent, citeproc-js as the suite records it) says
# CiteKit's output is right and pandoc's is not; README.md names the rule for each.
PANDOC_WRONG = {
    "en dash in a number variable's range", "citation number (bibliography sort)", "names in CJK script",
    "punctuation beside an empty part", "page range format", "seasons", "uppercase words in title case",
    "title case of non-English items", "name options on cs:style", "year form short",
    "is-numeric (label of a non-numeric number)", "comma after ? or ! inside a quotation",
    "label plural of a single number", "nested group of terms only", "cs:name affix on a literal name",
}


def pandoc_wrong(kind):
    """A kind decided against pandoc, or a combination of such kinds (`a + b`)."""
    return all(part in PANDOC_WRONG for part in kind.split(" + "))


def summarize(results_path, styles_dir=None, explicit=False):
    """Agreement figures from results.jsonl, with the kinds decided against pandoc set aside."""
    own_total = own_agree = own_wrong = 0
    pm_total = pm_agree = pm_wrong = 0
    kinds = Counter()
    styles = 0
    items_path = os.path.join(os.path.dirname(results_path), "items.json")
    by_id = {it["id"]: it for it in json.load(open(items_path, encoding="utf-8"))} if os.path.exists(items_path) else {}
    for line in open(results_path, encoding="utf-8"):
        r = json.loads(line)
        # Classified again, so that the figures follow this file's rules.
        style_path = os.path.join(styles_dir or os.path.join(os.path.dirname(results_path), "styles"), r["style"])
        for d in r["differ"]:
            d["kind"] = kind_for(style_path, d["citekit"], d["pandoc"], by_id.get(d["id"], {}), explicit)
        styles += 1
        own = r.get("pairs_own")
        pubmed = r.get("pairs_pubmed")
        if own is None:
            pairs = min(r["citekit"], r["pandoc"])
            own = round(pairs * OWN_SHARE)
            pubmed = pairs - own
        d_own = [d for d in r["differ"] if not d["id"].startswith("pubmed-")]
        d_pm = [d for d in r["differ"] if d["id"].startswith("pubmed-")]
        own_total += own
        pm_total += pubmed
        own_agree += own - len(d_own)
        pm_agree += pubmed - len(d_pm)
        own_wrong += sum(1 for d in d_own if pandoc_wrong(d["kind"]))
        pm_wrong += sum(1 for d in d_pm if pandoc_wrong(d["kind"]))
        for d in r["differ"]:
            kinds[d["kind"]] += 1
    print(f"styles compared: {styles}")
    for name, total, agree, wrong in (("own", own_total, own_agree, own_wrong), ("pubmed", pm_total, pm_agree, pm_wrong)):
        if total:
            print(f"{name} items: {total} entries, identical {agree} ({100 * agree / total:.1f}%); "
                  f"with the {wrong} entries of kinds decided against pandoc set aside: "
                  f"{100 * agree / (total - wrong):.1f}%")
    for kind, n in kinds.most_common():
        print(f"  {kind:<40} {n:6d}{'   (pandoc wrong)' if pandoc_wrong(kind) else ''}")


OWN_SHARE = 35 / 51


# ---------------------------------------------------------------- running

def run(cmd, timeout):
    start = time.monotonic()
    try:
        res = subprocess.run(cmd, capture_output=True, timeout=timeout)
        return {"rc": res.returncode, "out": res.stdout.decode("utf-8", "replace"),
                "err": res.stderr.decode("utf-8", "replace")[-500:], "time": time.monotonic() - start}
    except subprocess.TimeoutExpired:
        return {"rc": None, "out": "", "err": "timeout", "time": time.monotonic() - start}


_style_ids = {}


def independent_parent(style_path):
    """For a dependent style, a copy of its independent parent (found beside it by `<id>`) with the
    dependent's default-locale: pandoc would fetch the parent over the network and fails offline,
    while CiteKit resolves it from the same folder."""
    try:
        root = ET.parse(style_path).getroot()
    except ET.ParseError:
        return style_path
    ns = "{%s}" % CSL_NS
    info = root.find(ns + "info")
    link = None if info is None else next((l for l in info.findall(ns + "link") if l.get("rel") == "independent-parent"), None)
    if link is None:
        return style_path
    folder = os.path.dirname(style_path)
    if folder not in _style_ids:
        ids = {}
        for name in os.listdir(folder):
            if name.endswith(".csl"):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    m = re.search(r"<id>([^<]+)</id>", f.read(6000))
                if m:
                    ids[m.group(1).strip()] = os.path.join(folder, name)
        _style_ids[folder] = ids
    parent = _style_ids[folder].get((link.get("href") or "").strip())
    if parent is None:
        return style_path
    ET.register_namespace("", CSL_NS)
    tree = ET.parse(parent)
    if root.get("default-locale"):
        tree.getroot().set("default-locale", root.get("default-locale"))
    return tree


def render_style(style, cite, items_path, doc_path, timeout, pandoc_styles, explicit_styles=None):
    """CiteKit's output, pandoc's on the style (with the shared locale) and, with `explicit_styles`,
    pandoc's on the copy whose inheritable name options are written onto every cs:name."""
    ck = run([cite, "format", items_path, "--style", style, "--to", "html"], timeout)
    if pandoc_styles is None:
        return style, ck, None, None
    source = style
    parent = independent_parent(style)
    if not isinstance(parent, str):
        source = os.path.join(pandoc_styles, "parent-of-" + os.path.basename(style))
        parent.write(source, encoding="utf-8", xml_declaration=True)
    pandoc = lambda csl: run(["pandoc", doc_path, "--citeproc", "--csl", csl, "--bibliography", items_path,
                              "-t", "html", "--wrap=none"], timeout)
    if explicit_styles is None:
        return style, ck, pandoc(with_shared_locale(source, pandoc_styles)), None
    original, explicit = with_shared_locale(source, pandoc_styles, explicit_styles)
    return style, ck, pandoc(original), pandoc(explicit)


def main():
    args = parse_args()
    if args.summarize:
        for label, explicit in (("original", False), ("explicit", True)):
            path = os.path.join(args.out, "results.jsonl" if label == "original" else "results-explicit.jsonl")
            if os.path.exists(path):
                print(f"== comparison '{label}'")
                summarize(path, args.styles, explicit)
        return
    cite = find_cite(args.cite)
    os.makedirs(args.out, exist_ok=True)
    folder = styles_folder(args)
    styles = sorted(f for f in os.listdir(folder) if f.endswith(".csl"))
    if args.limit and args.limit < len(styles):
        step = len(styles) / args.limit
        styles = [styles[int(k * step)] for k in range(args.limit)]

    with open(os.path.join(HERE, "items.json"), encoding="utf-8") as f:
        own = json.load(f)
    pubmed = pubmed_items(cite, args.pubmed_items, args.out)
    items = own + pubmed
    by_id = {it["id"]: it for it in items}
    own_ids = {it["id"] for it in own}
    items_path = os.path.join(args.out, "items.json")
    with open(items_path, "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
    doc_path = os.path.join(args.out, "doc.md")
    with open(doc_path, "w", encoding="utf-8") as f:
        # Each item cited once, in the items' order: citation numbers then follow that order on both sides.
        f.write(" ".join(f"[@{it['id']}]" for it in items) + "\n")

    ck_totals = Counter()
    punct_ck = Counter()
    crashes, timeouts = [], []
    ck_times = []
    variants = [] if args.citekit_only else [Comparison("original", args.out, False)]
    if not args.citekit_only and not args.no_explicit:
        variants.append(Comparison("explicit", args.out, True))
    started = time.monotonic()
    with cf.ThreadPoolExecutor(args.jobs) as pool:
        pandoc_styles = None if args.citekit_only else os.path.join(args.out, "pandoc-styles")
        explicit_styles = None if args.citekit_only or args.no_explicit else os.path.join(args.out, "pandoc-styles-explicit")
        for folder_ in (pandoc_styles, explicit_styles):
            if folder_:
                os.makedirs(folder_, exist_ok=True)
        futures = [pool.submit(render_style, os.path.join(folder, s), cite, items_path, doc_path, args.timeout,
                               pandoc_styles, explicit_styles) for s in styles]
        for fut in cf.as_completed(futures):
            style, ck, pd, pd_explicit = fut.result()
            name = os.path.basename(style)
            ck_totals["styles"] += 1
            ck_times.append(ck["time"])
            if ck["rc"] is None:
                timeouts.append(name)
                continue
            if ck["rc"] != 0:
                crashes.append((name, ck["rc"], ck["err"]))
                continue
            a = citekit_entries(ck["out"])
            ck_totals["CiteKit entries"] += len(a)
            if not a:
                ck_totals["styles without a bibliography"] += 1
            for entry in a:
                for problem in punctuation_problems(entry):
                    punct_ck[problem] += 1
            for variant, output in zip(variants, (pd, pd_explicit)):
                variant.compare(style, a, output, by_id, own_ids, args.examples)
            if ck_totals["styles"] % 100 == 0:
                print(f"  {ck_totals['styles']} styles ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    for variant in variants:
        variant.close()

    ck_times.sort()
    print(f"styles rendered: {ck_totals['styles']} in {time.monotonic() - started:.0f} s "
          f"(CiteKit median {ck_times[len(ck_times) // 2] * 1000:.0f} ms a style)" if ck_times else "no styles")
    print(f"CiteKit crashes: {len(crashes)}, time-outs: {len(timeouts)}; CiteKit entries: {ck_totals['CiteKit entries']}; "
          f"styles without a bibliography: {ck_totals['styles without a bibliography']}")
    for name, rc, err in crashes[:10]:
        print(f"crash: {name} rc={rc} {err.strip()[:200]}")
    for name in timeouts[:10]:
        print(f"time-out: {name}")
    if args.citekit_only:
        print("punctuation problems (CiteKit alone):")
        for problem, _ in DOUBLED:
            print(f"  {problem:<26} {punct_ck[problem]:6d}")
        return
    for variant in variants:
        variant.report(punct_ck, crashes)
        summarize(variant.results_path, folder, variant.explicit)


class Comparison:
    """CiteKit's entries against one pandoc rendering of every style: `original` gives pandoc the style
    as written (with the shared locale), `explicit` the copy with the inheritable name options written
    onto every cs:name and cs:names (see with_explicit_name_options)."""

    def __init__(self, label, out, explicit):
        self.label, self.explicit = label, explicit
        suffix = "" if label == "original" else "-" + label
        self.results_path = os.path.join(out, f"results{suffix}.jsonl")
        self.examples_path = os.path.join(out, f"examples{suffix}.txt")
        self.results = open(self.results_path, "w", encoding="utf-8")
        self.totals, self.kinds = Counter(), Counter()
        self.kinds_by_source, self.kind_items = defaultdict(Counter), defaultdict(Counter)
        self.punct_pd, self.punct_ck_only = Counter(), Counter()
        self.examples = defaultdict(list)
        self.failures = []

    def compare(self, style, a, pd, by_id, own_ids, max_examples):
        name = os.path.basename(style)
        if pd["rc"] != 0:
            self.failures.append((name, pd["rc"], pd["err"]))
            return
        b = pandoc_entries(pd["out"])
        if not b:
            self.failures.append((name, 0, "no bibliography (style without cs:bibliography?)"))
            return
        self.totals["compared styles"] += 1
        for _, entry in b:
            for problem in punctuation_problems(entry):
                self.punct_pd[problem] += 1
        record = {"style": name, "citekit": len(a), "pandoc": len(b), "differ": [], "pairs_own": 0, "pairs_pubmed": 0}
        for i, j in align(a, b):
            item_id, theirs = b[j]
            source = "own" if item_id in own_ids else "pubmed"
            record["pairs_" + source] += 1
            self.totals["entries " + source] += 1
            ours = a[i]
            for problem in set(punctuation_problems(ours)) - set(punctuation_problems(theirs)):
                self.punct_ck_only[problem] += 1
                if len(self.examples["punctuation: " + problem]) < max_examples:
                    self.examples["punctuation: " + problem].append((name, item_id, ours, theirs))
            if same(ours, theirs):
                self.totals["agree " + source] += 1
                continue
            kind = kind_for(style, ours, theirs, by_id.get(item_id, {}), self.explicit)
            self.kinds[kind] += 1
            self.kinds_by_source[source][kind] += 1
            self.kind_items[kind][item_id] += 1
            record["differ"].append({"id": item_id, "kind": kind, "citekit": ours, "pandoc": theirs})
            if len(self.examples[kind]) < max_examples and all(e[1] != item_id for e in self.examples[kind]):
                self.examples[kind].append((name, item_id, ours, theirs))
        self.totals["entry count mismatches"] += abs(len(a) - len(b))
        self.results.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self):
        self.results.close()
        with open(self.examples_path, "w", encoding="utf-8") as f:
            for kind in sorted(self.examples, key=lambda k: (-(self.kinds.get(k, 0)), k)):
                f.write(f"===== {kind} ({self.kinds.get(kind, len(self.examples[kind]))})\n")
                if kind in self.kind_items:
                    f.write("items: " + ", ".join(f"{k} {v}" for k, v in self.kind_items[kind].most_common(12)) + "\n")
                for style, item_id, ours, theirs in self.examples[kind]:
                    f.write(f"--- {style} [{item_id}]\nciteKit: {ours}\npandoc:  {theirs}\n")
                f.write("\n")
            for name, rc, err in self.failures:
                f.write(f"failure {name} rc={rc}: {err.strip()[:300]}\n")

    def report(self, punct_ck, crashes):
        title = {"original": "pandoc on the styles as written",
                 "explicit": "pandoc on the styles with inheritable name options written onto cs:name"}[self.label]
        print(f"\n== comparison '{self.label}': {title}")
        print(f"compared styles: {self.totals['compared styles']}; pandoc failures or no bibliography: {len(self.failures)}")
        for source in ("own", "pubmed"):
            n, ok = self.totals["entries " + source], self.totals["agree " + source]
            if n:
                print(f"entries ({source} items): {n}, identical {ok} ({100 * ok / n:.1f}%)")
        print(f"entry-count mismatches: {self.totals['entry count mismatches']}")
        print("punctuation problems (CiteKit / pandoc / CiteKit only):")
        for problem, _ in DOUBLED:
            print(f"  {problem:<26} {punct_ck[problem]:6d} {self.punct_pd[problem]:6d} {self.punct_ck_only[problem]:6d}")
        print("disagreements by kind (own items / PubMed items):")
        for kind, n in self.kinds.most_common():
            print(f"  {kind:<40} {n:6d}  ({self.kinds_by_source['own'][kind]} / {self.kinds_by_source['pubmed'][kind]})")
        print(f"examples: {self.examples_path}")

if __name__ == "__main__":
    main()
