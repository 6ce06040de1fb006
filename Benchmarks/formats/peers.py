#!/usr/bin/env python3
"""Reads a file with a Python peer and prints entries, seconds, entries a second and peak RSS.
peers.py bibtexparser|pybtex|rispy|biopython FILE (run with Benchmarks/formats/.venv/bin/python)."""
import resource, sys, time

peer, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if peer == "bibtexparser":
    import bibtexparser
    n = len(bibtexparser.parse_file(path).entries)
elif peer == "pybtex":
    from pybtex.database import parse_file
    n = len(parse_file(path, bib_format="bibtex").entries)
elif peer == "biopython":
    from Bio import Medline
    with open(path, encoding="utf-8") as f:
        n = len(list(Medline.parse(f)))
else:
    import rispy
    with open(path, encoding="utf-8") as f:
        n = len(rispy.load(f))
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu = usage.ru_utime + usage.ru_stime  # the whole process, interpreter start and imports included
print(f"{peer} entries={n} seconds={seconds:.3f} entries/s={n / seconds:.0f} cpu_s={cpu:.3f} peak_mb={usage.ru_maxrss / 1024:.1f}")
