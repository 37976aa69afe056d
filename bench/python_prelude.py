#!/usr/bin/env python3
"""What LeetCode's Python prelude costs the harness's start-up.

Runs prep's Python harness on one case of single-number three ways, in instructions counted
by valgrind (repeatable on a busy machine; CPU milliseconds, the least of 20 runs, when
valgrind is absent):

- a solution that reads only cheap names (`Counter`): the prelude's modules that cost
  start-up time are not imported;
- a solution that reads `median`: the whole prelude is imported;
- bare `python3 -S -c pass`, for scale.

Usage: python3 bench/python_prelude.py   (from the repository's root)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = {"signature": {"function": "singleNumber",
                        "params": [{"name": "nums", "type": "int[]"}], "returns": "int"}}
CHEAP = ("class Solution:\n    def singleNumber(self, nums: List[int]) -> int:\n"
         "        return next(x for x, n in Counter(nums).items() if n == 1)\n")
COSTLY = ("class Solution:\n    def singleNumber(self, nums: List[int]) -> int:\n"
          "        return int(median([x for x, n in Counter(nums).items() if n == 1]))\n")


def measure(argv, cwd, stdin):
    if shutil.which("valgrind"):
        out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + argv,
                             cwd=cwd, input=stdin, capture_output=True, text=True, pass_fds=(3,))
        for line in out.stderr.splitlines():
            if "refs:" in line:
                return "%6.1f M instructions" % (int(line.split()[-1].replace(",", "")) / 1e6)
        raise SystemExit("valgrind printed no count:\n" + out.stderr)
    best = None
    for _ in range(20):
        before = os.times()
        subprocess.run(argv, cwd=cwd, input=stdin, capture_output=True, text=True, pass_fds=(3,))
        after = os.times()
        cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        best = cpu if best is None else min(best, cpu)
    return "%6.1f ms CPU" % (best * 1000)


def main():
    python = shutil.which("python3")
    # The harness writes its records on fd 3.
    sink = os.open(os.devnull, os.O_WRONLY)
    if sink != 3:
        os.dup2(sink, 3)
    stdin = json.dumps(HEADER) + "\n" + json.dumps([0, {"nums": [4, 1, 2, 1, 2]}]) + "\n"
    print("python3: %s" % subprocess.check_output([python, "--version"], text=True).strip())
    for name, source in (("cheap names only", CHEAP), ("reads median", COSTLY)):
        with tempfile.TemporaryDirectory() as work:
            shutil.copy(os.path.join(ROOT, "src/lang/python_harness.py"), os.path.join(work, "harness.py"))
            shutil.copy(os.path.join(ROOT, "src/lang/python_prelude.py"), os.path.join(work, "prep_prelude.py"))
            with open(os.path.join(work, "solution.py"), "w") as f:
                f.write(source)
            figure = measure([python, "-B", "-S", "harness.py", "solution.py"], work, stdin)
            print("%-18s %s" % (name, figure))
    print("%-18s %s" % ("bare interpreter", measure([python, "-S", "-c", "pass"], ROOT, "")))


if __name__ == "__main__":
    sys.exit(main())
