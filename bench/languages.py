#!/usr/bin/env python3
"""Per language: the cold build, the cached re-run, and the judge's wall time over two-sum's
whole test set (examples, hidden tests, generated cases: `prep submit --all`) against what the
work itself costs: the language's bare start-up plus the cases' own CPU time.

Usage: bench/languages.py [runs]   (default 5; needs target/release/prep: cargo build --release)
Prints figures and ratios; asserts nothing (machines are shared and noisy).
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from startup import bare_command

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREP = os.path.join(ROOT, "target", "release", "prep")
SOLUTIONS = os.path.join(ROOT, "problems", "arrays", "two-sum", "solutions", "accepted")
FILES = {
    "python": ("solution.py", "hash_map.py"),
    "java": ("Solution.java", None),
    "cpp": ("solution.cpp", "hash_map.cpp"),
    "rust": ("solution.rs", None),
    "javascript": ("solution.js", None),
    "typescript": ("solution.ts", None),
}


def reference(lang):
    """Our accepted two-sum in `lang`."""
    ext = {"python": ".py", "java": ".java", "cpp": ".cpp", "rust": ".rs", "javascript": ".js", "typescript": ".ts"}[lang]
    names = sorted(n for n in os.listdir(SOLUTIONS) if n.endswith(ext))
    with open(os.path.join(SOLUTIONS, names[0]), encoding="utf-8") as f:
        return f.read()


def timed(cmd, env):
    t = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True)
    return (time.perf_counter() - t) * 1000, out


def median_ms(cmd, runs, env=None, cwd=None):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def bare_startup(lang, runs, scratch):
    """A do-nothing program in the language, started the way prep starts it."""
    return median_ms(bare_command(lang, scratch), runs)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    if not os.path.exists(PREP):
        sys.exit("build first: cargo build --release")
    print(f"two-sum, every case (prep submit --all), medians of {runs} runs\n")
    print(f"{'language':<11} {'cold run':>10} {'build':>8} {'cached run':>11} {'start-up':>9} {'case cpu':>9} {'ratio':>6}")
    for lang in ["python", "java", "cpp", "rust", "javascript", "typescript"]:
        home = tempfile.mkdtemp(prefix="prep-bench-")
        cache = tempfile.mkdtemp(prefix="prep-bench-cache-")
        scratch = tempfile.mkdtemp(prefix="prep-bench-bare-")
        try:
            env = dict(os.environ, PREP_HOME=home, PREP_CACHE=cache)
            path = os.path.join(home, "solutions", "two-sum", FILES[lang][0])
            os.makedirs(os.path.dirname(path))
            with open(path, "w", encoding="utf-8") as f:
                f.write(reference(lang))
            cmd = [PREP, "submit", "two-sum", "--file", path, "--all", "--json"]
            # Cold: an empty cache (C++ builds its precompiled header first, once).
            cold, out = timed(cmd, env)
            if out.returncode != 0:
                print(f"{lang:<11} failed: {out.stdout[:200]} {out.stderr[:200]}")
                continue
            walls, cpus = [], []
            for _ in range(runs):
                wall, out = timed(cmd, env)
                doc = json.loads(out.stdout)
                walls.append(wall)
                cpus.append(sum(c["cpu_ms"] for c in doc["cases"]))
            wall = statistics.median(walls)
            cpu = statistics.median(cpus)
            start = bare_startup(lang, runs, scratch)
            build = max(cold - wall, 0.0)
            print(f"{lang:<11} {cold:>8.0f}ms {build:>6.0f}ms {wall:>9.0f}ms {start:>7.0f}ms {cpu:>7.0f}ms {wall / (start + cpu):>6.1f}")
        finally:
            for d in (home, cache, scratch):
                shutil.rmtree(d, ignore_errors=True)
    print("\ncold run: the first judge with an empty cache (compile included; C++ also builds its")
    print("precompiled header); build: cold run - cached run; cached run: the same judge again, the")
    print("build reused; ratio: cached run / (bare start-up + summed case CPU).")


if __name__ == "__main__":
    main()
