#!/usr/bin/env python3
"""What a submit costs against the work itself (issue #17).

For each problem (default: two-sum, number-of-islands, time-based-key-value-store) and each
language asked (default: python, and cpp and rust on two-sum), judge every case of the
accepted reference with `prep submit --all --no-probe --json` (the judge alone: the complexity
probe that follows an accepted submit is timed apart, in the last column), and print:

- cold: the first submit with an empty cache (compiles, generated inputs made and cached);
- wall: the least wall time of the cached submits after it;
- start-up: the least wall time of the bare runtime doing nothing, started as prep starts it;
- case CPU: the summed CPU time of the cases, as the judge reported it (least over the runs);
- ratio: wall / (start-up + case CPU); the issue's target is 1.5;
- cpu ratio: the same with CPU time (`perf stat`'s task-clock of prep and every process it
  started, against the bare runtime's and the cases'), which load on a shared machine
  disturbs far less than wall time. Needs `perf` (Debian: linux-perf); without it the CPU
  columns are left out;
- +probe: the least wall time of a cached submit with the complexity probe (issue #22), which
  runs the solution again at growing sizes after an accepted verdict.

Minimums, not medians: the machine is shared, and load only ever adds time. The load average
is printed with the figures. Prints figures and asserts nothing.

Usage: bench/submit.py [runs] [--prep PATH] [--only SLUG[:LANG]]...
(default 7 runs; needs target/release/prep: cargo build --release)
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from startup import EXT, bare_command

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN = [
    ("two-sum", "python"),
    ("number-of-islands", "python"),
    ("time-based-key-value-store", "python"),
    ("two-sum", "cpp"),
    ("two-sum", "rust"),
]
FILE = {"python": "solution.py", "cpp": "solution.cpp", "rust": "solution.rs",
        "java": "Solution.java", "javascript": "solution.js"}


def folder_of(slug):
    problems = os.path.join(ROOT, "problems")
    for topic in sorted(os.listdir(problems)):
        path = os.path.join(problems, topic, slug)
        if os.path.isdir(path):
            return path
    sys.exit(f"no problem {slug}")


def reference(slug, lang):
    accepted = os.path.join(folder_of(slug), "solutions", "accepted")
    names = sorted(n for n in os.listdir(accepted) if n.endswith(EXT[lang]) and not n.startswith("textbook"))
    with open(os.path.join(accepted, names[0]), encoding="utf-8") as f:
        return names[0], f.read()


PERF = shutil.which("perf")


def measured(cmd, **kw):
    """Runs `cmd` under `perf stat` when there is one: (wall ms, CPU ms of it and everything it
    started or None, the completed process)."""
    fd, stat = tempfile.mkstemp(prefix="prep-bench-stat-")
    os.close(fd)
    full = [PERF, "stat", "-x,", "-e", "task-clock", "-o", stat, "--"] + cmd if PERF else cmd
    t = time.perf_counter()
    out = subprocess.run(full, capture_output=True, text=True, **kw)
    wall = (time.perf_counter() - t) * 1000
    cpu = None
    with open(stat) as f:
        for line in f:
            fields = line.split(",")
            if len(fields) > 2 and fields[2] == "task-clock":
                cpu = float(fields[0])
    os.unlink(stat)
    return wall, cpu, out


def least_ms(cmd, runs, **kw):
    """The least wall and the least CPU time (ms) of `cmd` over `runs` runs."""
    best, best_cpu = float("inf"), float("inf")
    for _ in range(runs):
        wall, cpu, out = measured(cmd, **kw)
        out.check_returncode()
        best = min(best, wall)
        best_cpu = min(best_cpu, cpu if cpu is not None else float("nan"))
    return best, best_cpu


def bare_startup(lang, runs, scratch):
    """A do-nothing program in the language, started the way prep starts it."""
    return least_ms(bare_command(lang, scratch), runs)


def submit(prep, env, path, slug, probe=False):
    cmd = [prep, "submit", slug, "--file", path, "--all", "--json"] + ([] if probe else ["--no-probe"])
    wall, cpu, out = measured(cmd, env=env)
    cpu = cpu if cpu is not None else float("nan")
    try:
        doc = json.loads(out.stdout)
    except ValueError:
        sys.exit(f"prep submit {slug} failed: {out.stderr[-500:]}")
    if doc["verdict"] != "accepted":
        sys.exit(f"prep submit {slug}: {doc['verdict']}, expected accepted")
    return wall, cpu, sum(c["cpu_ms"] for c in doc["cases"]), len(doc["cases"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="?", type=int, default=7)
    ap.add_argument("--prep", default=os.path.join(ROOT, "target", "release", "prep"))
    ap.add_argument("--only", action="append", default=[])
    args = ap.parse_args()
    plan = PLAN
    if args.only:
        plan = [(o.split(":")[0], o.split(":")[1] if ":" in o else "python") for o in args.only]
    print(f"prep {args.prep}; least of {args.runs} runs; load average {os.getloadavg()[0]:.2f} at the start")
    print(f"{'problem':<28} {'lang':<7} {'cases':>5} {'cold':>8} {'wall':>8} {'start-up':>9} {'case CPU':>9} "
          f"{'ratio':>6} {'all CPU':>8} {'start CPU':>9} {'cpu ratio':>9} {'+probe':>9}")
    for slug, lang in plan:
        home = tempfile.mkdtemp(prefix="prep-bench-")
        cache = tempfile.mkdtemp(prefix="prep-bench-cache-")
        scratch = tempfile.mkdtemp(prefix="prep-bench-bare-")
        try:
            env = dict(os.environ, PREP_HOME=home, PREP_CACHE=cache, NO_COLOR="1")
            name, text = reference(slug, lang)
            path = os.path.join(home, "solutions", slug, FILE[lang])
            os.makedirs(os.path.dirname(path))
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            cold = submit(args.prep, env, path, slug)[0]
            wall, total, cpu, n = float("inf"), float("inf"), float("inf"), 0
            for _ in range(args.runs):
                w, t, c, n = submit(args.prep, env, path, slug)
                wall, total, cpu = min(wall, w), min(total, t), min(cpu, c)
            start, start_cpu = bare_startup(lang, args.runs, scratch)
            probed = min(submit(args.prep, env, path, slug, probe=True)[0] for _ in range(min(args.runs, 3)))
            print(f"{slug:<28} {lang:<7} {n:>5} {cold:>6.0f}ms {wall:>6.0f}ms {start:>7.1f}ms {cpu:>7.1f}ms "
                  f"{wall / (start + cpu):>6.2f} {total:>6.0f}ms {start_cpu:>7.1f}ms {total / (start_cpu + cpu):>9.2f}"
                  f" {probed:>7.0f}ms   ({name})")
        finally:
            for d in (home, cache, scratch):
                shutil.rmtree(d, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
