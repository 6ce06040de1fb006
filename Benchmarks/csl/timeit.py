#!/usr/bin/env python3
"""Runs a command with stdout to a file; prints wall and CPU (user+sys) seconds as JSON."""
import json
import resource
import subprocess
import sys
import time

out_path, cmd = sys.argv[1], sys.argv[2:]
before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.perf_counter()
with open(out_path, "w", encoding="utf-8") as out:
    subprocess.run(cmd, stdout=out, check=True)
wall = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
print(json.dumps({"wall": wall, "cpu": cpu}))
