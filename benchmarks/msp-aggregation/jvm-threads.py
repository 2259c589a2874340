#!/usr/bin/env python3
"""CPU seconds of the portal's server JVM by kind of thread (batch threads, JIT compilers, GC, request threads),
from /proc, so that a run's CPU can be split between the job's own work and the JVM's. Run on the server's machine:
  jvm-threads.py save /tmp/before.json; <run the benchmark>; jvm-threads.py diff /tmp/before.json
Threads that ended between the two are not counted (the diff says how many)."""
import json
import os
import re
import subprocess
import sys


def threads():
    pid = subprocess.check_output("pgrep -f jboss-modules.jar | head -1", shell=True).decode().strip()
    tick = os.sysconf("SC_CLK_TCK")
    found = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            name = open(f"/proc/{pid}/task/{tid}/comm").read().strip()
            fields = open(f"/proc/{pid}/task/{tid}/stat").read().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        # utime and stime, fields 14 and 15 of stat (11 and 12 after the command's closing parenthesis)
        found[tid] = (re.sub(r"[\d]+$", "", name).strip(), (int(fields[11]) + int(fields[12])) / tick)
    return found


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("save", "diff"):
        sys.exit(__doc__)
    now = threads()
    if sys.argv[1] == "save":
        json.dump(now, open(sys.argv[2], "w"))
        sys.exit(0)
    before = json.load(open(sys.argv[2]))
    by_kind = {}
    for tid, (kind, seconds) in now.items():
        by_kind[kind] = by_kind.get(kind, 0) + seconds - (before[tid][1] if tid in before else 0)
    for kind, seconds in sorted(by_kind.items(), key=lambda k: -k[1]):
        if seconds >= 0.01:
            print(f"{seconds:7.2f} CPU-s  {kind}")
    print(f"threads ended since (not counted): {len([t for t in before if t not in now])}")
