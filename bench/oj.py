#!/usr/bin/env python3
"""prep against a per-case-process judge, online-judge-tools' `oj test` (issue #17).

The workload: two-sum's cases as `prep submit two-sum --all` judges them, written out for `oj
test` as `.in`/`.out` file pairs: the examples and hand-written tests from problem.json as they
are, and the generated groups (main and follow-up) as inputs of the same sizes (n and the
value range per group; the pair planted where the group says, at the end or at random),
drawn here since only their sizes matter to the cost. The solution is the same accepted
one-pass hash map in both: for prep, the reference file as it is; for `oj test`, the same
method behind a `main` that reads `n`, the numbers and the target from stdin and prints the two
indices, since a per-case judge runs a whole program per case.

Prints the least wall time of each over RUNS runs (prep's with `--no-probe`, the judge alone, and
apart with the complexity probe that follows an accepted submit) (after one warm-up run each: prep's cold
run compiles nothing for Python but makes and caches the generated inputs), both judges'
verdicts, and the ratio. Minimums, not medians: load only ever adds time. Asserts nothing.

online-judge-tools is installed from PyPI into a virtual environment under target/tools
(once). Usage: bench/oj.py [RUNS] [--prep PATH] (default 5 runs, target/release/prep).
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

from submit import folder_of, reference

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, "target", "tools", "oj-venv")

MAIN = '''
import sys
def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = [int(x) for x in data[1:1 + n]]
    target = int(data[1 + n])
    i, j = Solution().twoSum(nums, target)
    print(i, j)
main()
'''


def oj_command():
    """`oj`, installed once into target/tools/oj-venv."""
    oj = os.path.join(VENV, "bin", "oj")
    if not os.path.exists(oj):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "--quiet", "online-judge-tools"], check=True)
    return oj


def planted(n, high, at_end, rng):
    """n distinct-enough values in [-high, high] with exactly one pair summing to the target."""
    target = rng.randint(-high, high)
    nums = []
    seen = set()
    while len(nums) < n - 2:
        v = rng.randint(-high, high)
        # No value whose partner is already there: the planted pair stays the only answer.
        if target - v in seen or v in seen or 2 * v == target:
            continue
        seen.add(v)
        nums.append(v)
    lo, hi = max(-high, target - high), min(high, target + high)
    while True:
        a = rng.randint(lo, hi)
        if 2 * a != target and a not in seen and target - a not in seen:
            break
    pair = [a, target - a]
    if at_end:
        nums += pair
    else:
        i, j = sorted(rng.sample(range(n), 2))
        nums.insert(i, pair[0])
        nums.insert(j, pair[1])
    return {"nums": nums, "target": target}


def cases():
    """two-sum's cases for `--all`: (name, input) in judging order."""
    with open(os.path.join(folder_of("two-sum"), "problem.json"), encoding="utf-8") as f:
        problem = json.load(f)
    rng = random.Random(17)
    out = [(f"example-{i + 1}", c["input"]) for i, c in enumerate(problem["examples"])]
    out += [(t["name"], t["input"]) for t in problem["tests"]]
    groups = problem.get("generated", []) + problem.get("follow_up", {}).get("generated", [])
    for g in groups:
        n = g["params"]["n"]
        high = g["params"].get("max", 10 ** 9)
        for k in range(g["count"]):
            out.append((f"{g['name']}-{k + 1}", planted(n, high, g["params"].get("pair") == "end", rng)))
    return out


def answer(case):
    seen = {}
    for i, x in enumerate(case["nums"]):
        if case["target"] - x in seen:
            return [seen[case["target"] - x], i]
        seen[x] = i


def least(cmd, runs, **kw):
    best, last = float("inf"), None
    for _ in range(runs):
        t = time.perf_counter()
        last = subprocess.run(cmd, capture_output=True, text=True, **kw)
        best = min(best, (time.perf_counter() - t) * 1000)
    return best, last


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="?", type=int, default=5)
    ap.add_argument("--prep", default=os.path.join(ROOT, "target", "release", "prep"))
    args = ap.parse_args()
    oj = oj_command()
    work = tempfile.mkdtemp(prefix="prep-bench-oj-")
    try:
        name, text = reference("two-sum", "python")
        listed = cases()
        tests = os.path.join(work, "test")
        os.makedirs(tests)
        for case_name, case in listed:
            with open(os.path.join(tests, case_name + ".in"), "w") as f:
                f.write(f"{len(case['nums'])}\n{' '.join(map(str, case['nums']))}\n{case['target']}\n")
            with open(os.path.join(tests, case_name + ".out"), "w") as f:
                f.write("%d %d\n" % tuple(answer(case)))
        program = os.path.join(work, "main.py")
        with open(program, "w", encoding="utf-8") as f:
            f.write("from typing import *\n" + text + MAIN)
        oj_cmd = [oj, "test", "-c", f"{sys.executable} {program}", "-d", tests, "--tle", "10"]
        subprocess.run(oj_cmd, capture_output=True, cwd=work)
        oj_ms, oj_out = least(oj_cmd, args.runs, cwd=work)
        said = oj_out.stdout + oj_out.stderr
        oj_verdict = ("all accepted" if oj_out.returncode == 0 and f"test success: {len(listed)} cases" in said
                      else said[-400:])

        home = os.path.join(work, "home")
        env = dict(os.environ, PREP_HOME=home, PREP_CACHE=os.path.join(work, "cache"), NO_COLOR="1")
        solution = os.path.join(home, "solutions", "two-sum", "solution.py")
        os.makedirs(os.path.dirname(solution))
        with open(solution, "w", encoding="utf-8") as f:
            f.write(text)
        prep_cmd = [args.prep, "submit", "two-sum", "--file", solution, "--all", "--json", "--no-probe"]
        subprocess.run(prep_cmd, capture_output=True, env=env)
        prep_ms, prep_out = least(prep_cmd, args.runs, env=env)
        doc = json.loads(prep_out.stdout)
        probed_ms, _ = least(prep_cmd[:-1], args.runs, env=env)
        print(f"two-sum, Python ({name}), least of {args.runs} runs; load average {os.getloadavg()[0]:.2f}")
        print(f"  oj test:     {len(listed)} cases, {oj_ms:8.0f} ms  ({oj_verdict})")
        print(f"  prep submit: {len(doc['cases'])} cases, {prep_ms:8.0f} ms  ({doc['verdict']})")
        print(f"  prep submit with the complexity probe after the verdict: {probed_ms:8.0f} ms")
        print(f"  ratio: prep's judge is {oj_ms / prep_ms:.1f}x faster (the issue's target: 20x); "
              f"{oj_ms / probed_ms:.1f}x with the probe")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
