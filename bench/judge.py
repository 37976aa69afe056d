#!/usr/bin/env python3
"""Judge all of a problem's tests with its accepted Python reference and compare the wall time
with what the work itself costs: one interpreter start-up plus the cases' own CPU time.

Usage: bench/judge.py [slug] [runs]   (default: two-sum, 5 runs; needs target/release/prep)
Prints figures and ratios; asserts nothing (machines are shared and noisy).
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREP = os.path.join(ROOT, "target", "release", "prep")


def median_ms(cmd, runs=15):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main():
    slug = sys.argv[1] if len(sys.argv) > 1 else "two-sum"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    home = tempfile.mkdtemp(prefix="prep-bench-")
    env = dict(os.environ, PREP_HOME=home, NO_COLOR="1")
    show = json.loads(subprocess.run([PREP, "show", slug, "--json"], env=env, capture_output=True, check=True).stdout)
    folder = next(
        os.path.join(ROOT, "problems", topic, slug)
        for topic in os.listdir(os.path.join(ROOT, "problems"))
        if os.path.isdir(os.path.join(ROOT, "problems", topic, slug))
    )
    accepted = os.path.join(folder, "solutions", "accepted")
    reference = os.path.join(accepted, sorted(f for f in os.listdir(accepted) if f.endswith(".py"))[0])
    python = subprocess.run(
        ["python3", "-c", "import sys; print(sys.executable)"], capture_output=True, text=True, check=True
    ).stdout.strip()
    startup = median_ms([python, "-c", "pass"])
    startup_s = median_ms([python, "-S", "-c", "pass"])
    shim = median_ms(["python3", "-c", "pass"])
    prep_only = median_ms([PREP, "show", slug, "--json"], runs=9)

    walls, cpus, n = [], [], 0
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run(
            [PREP, "submit", slug, "--file", reference, "--all", "--json"], env=env, capture_output=True
        )
        walls.append((time.perf_counter() - t) * 1000)
        report = json.loads(out.stdout)
        assert report["verdict"] == "accepted", report["verdict"]
        cpus.append(sum(c["cpu_ms"] for c in report["cases"]))
        n = len(report["cases"])
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"problem                 {slug} ({show['title']}), {n} cases, reference {os.path.basename(reference)}")
    print(f"python start-up         {startup:8.1f} ms  (resolved {python})")
    print(f"  with -S               {startup_s:8.1f} ms")
    print(f"  through PATH/shim     {shim:8.1f} ms")
    print(f"prep start-up (show)    {prep_only:8.1f} ms")
    print(f"summed case CPU         {cpu:8.1f} ms")
    print(f"judge wall (median/{runs})  {wall:8.1f} ms")
    print(f"wall / (start-up + CPU) {wall / (startup + cpu):8.2f}    target <= 1.5")
    per_case = n * startup + cpu
    print(f"one process per case    {per_case:8.1f} ms  (N x start-up + CPU), {per_case / wall:.1f}x the batch judge")


if __name__ == "__main__":
    main()
