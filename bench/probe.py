#!/usr/bin/env python3
"""What the complexity probe costs and how often it names the class (issue #22).

For each solution of tests/fixtures/complexity (its class is in tests/complexity.rs's KNOWN
table, read from there), run `prep complexity --json` and print, per problem, the wall time
of each probe; then, per run, how many were named right (the class, or its neighbour of the
same polynomial degree). Three runs, each with both cores kept busy by two spinning
processes (started and ended here, by their pids), as the issue asks. Also the wall time of
`prep submit` with and without the probe line for one problem (the probe's share of a
submit). Prints figures and asserts nothing.

Usage: bench/probe.py [runs] [--prep PATH] [--idle]
(default 3 runs; PATH default target/release/prep, else target/debug/prep)
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEGREE = {"O(1)": 0, "O(log n)": 0, "O(n)": 1, "O(n log n)": 1, "O(n^2)": 2, "O(n^3)": 3, "O(2^n)": 9}


def known():
    text = open(os.path.join(ROOT, "tests", "complexity.rs")).read()
    return re.findall(r'\("([a-z0-9-]+)", "([a-z_]+)", "(O\([^"]+\))"\)', text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="?", type=int, default=3)
    ap.add_argument("--prep")
    ap.add_argument("--idle", action="store_true", help="do not keep the cores busy")
    args = ap.parse_args()
    prep = args.prep or next(
        p for p in (os.path.join(ROOT, "target", t, "prep") for t in ("release", "debug")) if os.path.exists(p)
    )
    home = tempfile.mkdtemp(prefix="prep-bench-probe-")
    env = dict(os.environ, PREP_HOME=home)
    table = known()
    spinners = [] if args.idle else [
        subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)
    ]
    costs = {}
    try:
        print(f"prep: {prep}; load average {os.getloadavg()[0]:.1f}; cores busy: {not args.idle}")
        for run in range(args.runs):
            hits = 0
            for slug, name, cls in table:
                path = os.path.join(ROOT, "tests", "fixtures", "complexity", slug, name + ".py")
                t0 = time.monotonic()
                out = subprocess.run([prep, "complexity", slug, "--file", path, "--json"],
                                     env=env, capture_output=True, text=True)
                wall = time.monotonic() - t0
                costs.setdefault(f"{slug}/{name}", []).append(wall)
                doc = json.loads(out.stdout) if out.stdout.strip() else {}
                got = doc.get("time_class")
                hit = got is not None and DEGREE[got] == DEGREE[cls]
                hits += hit
                print(f"  run {run + 1} {slug}/{name}: {wall:5.1f} s, known {cls}, measured {got}"
                      f" (fit {doc.get('time_fit')}){'' if hit else '  MISS'}", flush=True)
            print(f"run {run + 1}: {hits}/{len(table)} named ({100 * hits / len(table):.0f}%)", flush=True)
        print("\nprobe cost per solution (wall s, least / most over the runs):")
        for key, walls in costs.items():
            print(f"  {key:55s} {min(walls):5.1f} / {max(walls):5.1f}")
        slug, path = "daily-temperatures", os.path.join(ROOT, "tests", "fixtures", "complexity", "daily-temperatures", "stack.py")
        for flag in ([], ["--no-probe"]):
            walls = []
            for _ in range(3):
                t0 = time.monotonic()
                subprocess.run([prep, "submit", slug, "--file", path] + flag, env=env, capture_output=True)
                walls.append(time.monotonic() - t0)
            print(f"submit {slug} {' '.join(flag) or '(with the probe)'}: least {min(walls):.1f} s wall")
    finally:
        for p in spinners:
            p.kill()
            p.wait()


if __name__ == "__main__":
    main()
