#!/usr/bin/env python3
"""Verdict stability under load, and the memory reported for a trivial solution.

A benchmark: it prints figures and asserts nothing.

- Two Python solutions of a small local problem (CPU limit L = 1000 ms): one doing about
  0.3 L of work, one about 3 L (the work is a fixed loop, calibrated on the quiet machine
  before the load starts). Each is judged RUNS times by `prep submit` while two busy
  processes load both cores; the verdict counts and the CPU times the judge saw are printed.
  The judge decides by CPU time, so the verdicts should hold RUNS/RUNS.
- The peak memory `prep submit` reports for a trivial C++ solution (and, for reference, a
  trivial Python one), on the quiet machine.

Usage: python3 bench/stability.py [path/to/prep] (default: target/release/prep; build it
with `cargo build --release`). PREP_CACHE is honoured (the C++ build is cached there).
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 20
LIMIT_MS = 1000
ROOT = Path(__file__).resolve().parent.parent
PREP = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target" / "release" / "prep"

PROBLEM = {
    "format_version": 1, "slug": "add-two", "title": "Add Two", "difficulty": "easy",
    "topics": ["math"], "plan": {"order": 900},
    "signature": {"function": "add",
                  "params": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}],
                  "returns": "long"},
    "checker": {"kind": "exact"}, "limits": {"time_ms": LIMIT_MS, "memory_mb": 256},
    "complexity": {"time": "O(1)", "space": "O(1)"}, "hints": ["Use +."],
    "examples": [{"input": {"a": 1, "b": 2}, "output": 3},
                 {"input": {"a": 3, "b": 4}, "output": 7}],
}

LOOP = """
def work(n):
    s = 0
    for i in range(n):
        s += i & 7
    return s
"""

SOLUTION = LOOP + """
class Solution:
    def add(self, a, b):
        work({n})
        return a + b
"""


def calibrate():
    """Loop iterations per CPU millisecond, in a fresh quiet interpreter."""
    code = LOOP + """
import time
n = 2_000_000
work(n // 10)
t = time.process_time()
work(n)
print(n / ((time.process_time() - t) * 1000))
"""
    rates = [float(subprocess.check_output([sys.executable, "-c", code], text=True))
             for _ in range(3)]
    return statistics.median(rates)


def submit(env, home, name, source):
    path = home / "solutions" / "add-two" / name
    path.write_text(source)
    out = subprocess.run([str(PREP), "submit", "add-two", "--file", str(path), "--json"],
                         env=env, capture_output=True, text=True, timeout=300)
    try:
        return json.loads(out.stdout)
    except json.JSONDecodeError:
        sys.exit(f"prep gave no report: {out.stderr}")


def cpu_seen(report):
    """The CPU time of each case that ran (a stopped one included)."""
    return [c["cpu_ms"] for c in report["cases"] if c["verdict"] != "skipped"]


def main():
    if not PREP.exists():
        sys.exit(f"{PREP} not found: cargo build --release first")
    with tempfile.TemporaryDirectory(prefix="prep-stability-") as tmp:
        home = Path(tmp)
        (home / "problems" / "add-two").mkdir(parents=True)
        (home / "solutions" / "add-two").mkdir(parents=True)
        (home / "problems" / "add-two" / "problem.json").write_text(json.dumps(PROBLEM))
        (home / "problems" / "add-two" / "statement.md").write_text("Return a + b.\n")
        env = dict(os.environ, PREP_HOME=str(home), NO_COLOR="1")

        print("Memory reported by `prep submit` for a trivial solution (quiet machine)")
        cpp = ("class Solution {\npublic:\n"
               "    long long add(int a, int b) { return (long long)a + b; }\n};\n")
        py = "class Solution:\n    def add(self, a, b):\n        return a + b\n"
        submit(env, home, "trivial.cpp", cpp)  # the build, cached for the runs below
        for name, source in [("trivial.cpp", cpp), ("trivial.py", py)]:
            peaks = []
            for _ in range(3):
                report = submit(env, home, name, source)
                peaks.append(max(c["memory_kb"] for c in report["cases"]))
            print(f"  {name:<12} {report['verdict']:<10} peak {peaks} KiB "
                  f"(max {max(peaks) / 1024:.2f} MiB)")

        rate = calibrate()
        fast_n = int(rate * 0.3 * LIMIT_MS)
        slow_n = int(rate * 3.0 * LIMIT_MS)
        print(f"\nCalibration: {rate:.0f} loop iterations per CPU ms (quiet); "
              f"limit L = {LIMIT_MS} ms, stopped at 1.5 L")
        busy = [subprocess.Popen([sys.executable, "-c", "while 1: pass"]) for _ in range(2)]
        try:
            time.sleep(1)
            for label, n in [("~0.3 L", fast_n), ("~3 L", slow_n)]:
                verdicts = {}
                cpus = []
                walls = []
                started = time.monotonic()
                for i in range(RUNS):
                    report = submit(env, home, f"work{n}.py", SOLUTION.format(n=n))
                    verdicts[report["verdict"]] = verdicts.get(report["verdict"], 0) + 1
                    cpus.extend(cpu_seen(report))
                    walls.extend(c["wall_ms"] for c in report["cases"]
                                 if c["verdict"] != "skipped")
                took = time.monotonic() - started
                counts = ", ".join(f"{v} {k}" for k, v in sorted(verdicts.items()))
                print(f"\n{label} ({n} iterations), {RUNS} submits with both cores busy "
                      f"({took:.1f} s):")
                print(f"  verdicts: {counts}")
                print(f"  case CPU ms: min {min(cpus):.0f}, median {statistics.median(cpus):.0f},"
                      f" max {max(cpus):.0f} (n = {len(cpus)})")
                print(f"  case wall ms: min {min(walls):.0f}, median "
                      f"{statistics.median(walls):.0f}, max {max(walls):.0f}")
        finally:
            for p in busy:
                p.kill()
                p.wait()


if __name__ == "__main__":
    main()
