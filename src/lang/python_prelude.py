# prep's Python prelude: the names LeetCode's Python 3 gives every solution without an import
# (`reduce(xor, nums)`, `deque`, `heappush`, `inf`, `List`, `random.randint`, ...).
#
# LeetCode star-imports these modules, then the builtins again (so `pow`, `compile` and `open`
# stay the builtins, not math's or re's), then binds each module's own name, then `typing`.
# A few of the modules cost start-up time that almost no solution uses (statistics, datetime,
# random, copy and array: ~20 M instructions, a quarter more than the harness's start-up). So `fill(ns, code)` star-imports only the cheap ones at once and
# builds the full prelude only when the solution reads a global name that is neither its own
# nor already there. Either way each name means what it means on LeetCode, and the user's own
# names win: the prelude is in place before the solution's file runs.
import builtins

# LeetCode's order; later modules' names win over earlier ones'.
MODULES = (
    "string", "re", "datetime", "collections", "heapq", "bisect", "copy", "math", "random",
    "statistics", "itertools", "functools", "operator", "io", "sys", "json", "array",
)
# Imported only when the solution may need them (see above).
COSTLY = ("datetime", "copy", "random", "statistics", "array")


def prelude(modules):
    """The namespace LeetCode's prelude makes, from `modules` alone."""
    ns = {}
    lines = ["from %s import *" % m for m in MODULES if m in modules]
    lines.append("from builtins import *")
    lines.append("import " + ", ".join(m for m in MODULES if m in modules))
    lines.append("from typing import *")
    lines.append("import typing")
    exec("\n".join(lines), ns)
    return ns


def read_globals(code):
    """The global names `code` (and the code nested in it) reads, and those its module level
    binds; `None` when it star-imports (then anything may come from there)."""
    import opcode
    import sys

    op = opcode.opmap
    loads = {op[n] for n in ("LOAD_GLOBAL", "LOAD_NAME", "LOAD_FROM_DICT_OR_GLOBALS") if n in op}
    # From 3.11 LOAD_GLOBAL's argument is the name's index shifted left by one.
    shifted = op["LOAD_GLOBAL"] if sys.version_info >= (3, 11) else -1
    store_name, store_global = op["STORE_NAME"], op["STORE_GLOBAL"]
    # `from m import *`: its own instruction until 3.11, an intrinsic call (2) from 3.12.
    star, intrinsic = op.get("IMPORT_STAR", -1), op.get("CALL_INTRINSIC_1", -1)
    read, bound = set(), set()
    todo = [(code, True)]
    while todo:
        c, top = todo.pop()
        todo.extend((k, False) for k in c.co_consts if hasattr(k, "co_code"))
        raw = c.co_code
        arg = 0
        for i in range(0, len(raw), 2):
            o = raw[i]
            arg = arg << 8 | raw[i + 1]
            if o == opcode.EXTENDED_ARG:
                continue
            if o == star or (o == intrinsic and arg == 2):
                return None
            if o in loads:
                read.add(c.co_names[arg >> 1 if o == shifted else arg])
            elif o == store_global or (o == store_name and top):
                bound.add(c.co_names[arg])
            arg = 0
    return read, bound


def fill(ns, code):
    """Puts LeetCode's prelude into `ns`, where the solution compiled to `code` will run
    (`ns` may already hold the node classes the problem uses)."""
    cheap = prelude([m for m in MODULES if m not in COSTLY])
    cheap.pop("__builtins__", None)
    names = read_globals(code)
    if names is not None:
        read, bound = names
        if all(n in ns or n in cheap or n in bound or hasattr(builtins, n) for n in read):
            ns.update(cheap)
            return
    full = prelude(MODULES)
    full.pop("__builtins__", None)
    ns.update(full)
