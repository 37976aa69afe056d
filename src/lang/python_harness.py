# prep's Python harness: runs every case of a judge run in this one process.
#
# argv[1]: the user's file name as shown in messages; the source is ./solution.py.
# stdin: a header line {"signature": ..., "stdin": form}, then per case, by form: "json" (the
# default) one line [k, input]; "marshal" a little-endian u32 k and u32 length, then the input
# in marshal format (an order of magnitude faster to load than JSON).
# fd 3: records, one JSON object a line: loaded | compile_error | start | done.
# The user's prints in case k go to ./stdout.k (fd 1 is pointed there during the case).
import json
import os
import sys
import time

# The records' stream: fd 3 when the judge runs the harness (`main`); `prep debug`'s driver,
# which imports it, points it at stderr.
RECORDS = None


def record(obj):
    RECORDS.write(json.dumps(obj, ensure_ascii=False, allow_nan=False) + "\n")
    RECORDS.flush()


SCALARS = ("int", "long", "uint32", "bool", "string", "char", "void")

LIST_NODE = """
class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
"""

TREE_NODE = """
class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right
"""

GRAPH_NODE = """
class Node:
    def __init__(self, val = 0, neighbors = None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []
"""

RANDOM_NODE = """
class Node:
    def __init__(self, x: int, next: 'Node' = None, random: 'Node' = None):
        self.val = int(x)
        self.next = next
        self.random = random
"""


class BadOutput(Exception):
    pass


def vm_hwm_kb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def type_args(sig):
    """Every type name the signature mentions."""
    names = []
    for p in sig.get("params", []) + sig.get("constructor", []):
        names.append(p["type"])
    if "returns" in sig:
        names.append(sig["returns"])
    for m in sig.get("methods", []):
        names.append(m["returns"])
        names.extend(p["type"] for p in m.get("params", []))
    return names


class Codec:
    """Converts between the JSON encodings and Python values, by type."""

    def __init__(self, ns):
        self.ns = ns
        self.inputs = set()  # ids of node objects made from the input

    def decode(self, ty, v, nodes=None):
        if ty.endswith("[]") or ty.startswith("list<"):
            inner = ty[:-2] if ty.endswith("[]") else ty[5:-1]
            if inner in ("int", "long", "uint32", "bool", "string", "char"):
                return list(v)
            return [self.decode(inner, x) for x in v]
        if ty == "double":
            return float(v)
        if ty == "ListNode":
            head = None
            made = []
            for x in reversed(v):
                head = self.ns["ListNode"](x, head)
                made.append(head)
            self.inputs.update(map(id, made))
            return head
        if ty == "TreeNode":
            return self.tree(v, nodes)
        if ty == "Node":
            return self.graph(v)
        if ty == "RandomNode":
            return self.random_list(v)
        return v

    def tree(self, v, nodes):
        if not v or v[0] is None:
            return None
        TreeNode = self.ns["TreeNode"]
        root = TreeNode(v[0])
        made = [root]
        queue = [root]
        qi = 0
        i = 1
        while i < len(v):
            parent = queue[qi]
            qi += 1
            if v[i] is not None:
                parent.left = TreeNode(v[i])
                made.append(parent.left)
                queue.append(parent.left)
            i += 1
            if i < len(v) and v[i] is not None:
                parent.right = TreeNode(v[i])
                made.append(parent.right)
                queue.append(parent.right)
            i += 1
        self.inputs.update(map(id, made))
        if nodes is not None:
            for node in made:
                nodes.setdefault(node.val, node)
        return root

    def graph(self, v):
        if not v:
            return None
        Node = self.ns["Node"]
        made = [Node(i + 1) for i in range(len(v))]
        for i, row in enumerate(v):
            made[i].neighbors = [made[j - 1] for j in row]
        self.inputs.update(map(id, made))
        return made[0]

    def random_list(self, v):
        Node = self.ns["Node"]
        made = [Node(x[0]) for x in v]
        for i, (_, r) in enumerate(v):
            if i + 1 < len(made):
                made[i].next = made[i + 1]
            made[i].random = made[r] if r is not None else None
        self.inputs.update(map(id, made))
        return made[0] if made else None

    def encode(self, ty, value):
        """Returns (json value, aliased)."""
        if ty == "void":
            return None, False
        if ty.endswith("[]") or ty.startswith("list<"):
            inner = ty[:-2] if ty.endswith("[]") else ty[5:-1]
            if value is None:
                return None, False
            if not hasattr(value, "__iter__") or isinstance(value, (str, dict)):
                raise BadOutput("expected a list, got %s" % type(value).__name__)
            if inner in ("int", "long", "uint32", "bool", "string", "char", "double"):
                return list(value), False
            out = []
            aliased = False
            for x in value:
                e, a = self.encode(inner, x)
                out.append(e)
                aliased = aliased or a
            return out, aliased
        if ty == "ListNode":
            out, seen = [], set()
            node = value
            while node is not None:
                if id(node) in seen:
                    raise BadOutput("the returned list has a cycle")
                seen.add(id(node))
                out.append(node.val)
                node = node.next
            return out, False
        if ty == "TreeNode":
            out, seen, queue, qi = [], set(), [value], 0
            while qi < len(queue):
                node = queue[qi]
                qi += 1
                if node is None:
                    out.append(None)
                    continue
                if id(node) in seen:
                    raise BadOutput("the returned tree has a cycle or a shared node")
                seen.add(id(node))
                out.append(node.val)
                queue.append(node.left)
                queue.append(node.right)
            while out and out[-1] is None:
                out.pop()
            return out, False
        if ty == "Node":
            if value is None:
                return [], False
            seen, order, qi = {id(value): value}, [value], 0
            while qi < len(order):
                for nb in order[qi].neighbors:
                    if id(nb) not in seen:
                        seen[id(nb)] = nb
                        order.append(nb)
                qi += 1
            order.sort(key=lambda n: n.val)
            out = [[nb.val for nb in n.neighbors] for n in order]
            return out, any(i in self.inputs for i in seen)
        if ty == "RandomNode":
            nodes, index, node = [], {}, value
            while node is not None:
                if id(node) in index:
                    raise BadOutput("the returned list has a cycle")
                index[id(node)] = len(nodes)
                nodes.append(node)
                node = node.next
            out = []
            for n in nodes:
                r = n.random
                if r is not None and id(r) not in index:
                    raise BadOutput("a random pointer leaves the returned list")
                out.append([n.val, None if r is None else index[id(r)]])
            return out, any(i in self.inputs for i in index)
        if ty == "double" and isinstance(value, int) and not isinstance(value, bool):
            return float(value), False
        return value, False


def load(user_path, sig, path="solution.py"):
    """The solution at `path` loaded with LeetCode's implicit names, or None (its error
    recorded); `user_path` is the name its code and messages carry."""
    ns = {"__name__": "__main__", "__builtins__": __builtins__}
    names = " ".join(type_args(sig))
    if "ListNode" in names:
        exec(LIST_NODE, ns)
    if "TreeNode" in names:
        exec(TREE_NODE, ns)
    if "RandomNode" in names:
        exec(RANDOM_NODE, ns)
    elif "Node" in names.replace("ListNode", "").replace("TreeNode", ""):
        exec(GRAPH_NODE, ns)
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        code = compile(source, user_path, "exec")
        # LeetCode's implicit imports (prep_prelude.py), under the solution's own names.
        import prep_prelude

        prep_prelude.fill(ns, code)
        enable_site_if_needed(source)
        exec(code, ns)
    except BaseException as e:  # noqa: BLE001 - any failure to load is the user's compile error
        record({"ev": "compile_error", "message": load_error(e, user_path)})
        return None
    cls = sig.get("class", "Solution")
    if not isinstance(ns.get(cls), type):
        record({"ev": "compile_error", "message": "%s: no class `%s` is defined" % (user_path, cls)})
        return None
    if "function" in sig and not callable(getattr(ns[cls], sig["function"], None)):
        record({"ev": "compile_error",
                "message": "%s: class Solution has no method `%s`" % (user_path, sig["function"])})
        return None
    return ns


def enable_site_if_needed(source):
    """The interpreter starts with -S (no site-packages: ~25-100 ms less per start). When the
    solution imports a module the standard library lacks (sortedcontainers, say), turn
    site-packages on before running it. The import lines are read from the text (cheaper
    than importing ast), and each module is imported here, as the solution would anyway."""
    names = set()
    for line in source.splitlines():
        words = line.split()
        if len(words) >= 2 and words[0] in ("import", "from"):
            for part in " ".join(words[1:]).split(" import ")[0].split(","):
                name = part.strip().split(" ")[0].split(".")[0]
                if name.isidentifier():
                    names.add(name)
    for name in sorted(names):
        try:
            __import__(name)
        except ImportError:
            import site

            site.main()
            return
        except BaseException:  # noqa: BLE001 - the solution's own load reports it
            pass


def load_error(e, user_path):
    import traceback

    if isinstance(e, SyntaxError):
        return "".join(traceback.format_exception_only(type(e), e)).rstrip()
    frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == user_path]
    lines = ["%s:%d: %s: %s" % (user_path, f.lineno, type(e).__name__, e) for f in frames[-1:]]
    return "\n".join(lines) or "%s: %s" % (type(e).__name__, e)


def user_traceback(e, user_path):
    import traceback

    frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == user_path]
    out = []
    for f in frames[-5:]:
        out.append('  File "%s", line %d, in %s' % (f.filename, f.lineno, f.name))
        if f.line:
            out.append("    " + f.line)
    out.append("%s: %s" % (type(e).__name__, e))
    if getattr(e, "prep_call", None):
        out.append("(%s)" % e.prep_call)
    return "\n".join(out)


# The CPU seconds of the user's call(s) alone in the case that runs, without decoding the
# input and encoding the answer: the `call_ms` of its done record. The thread's clock: the
# process's is only brought up to date at the scheduler's ticks while a CPU rlimit is armed
# (as the sandbox arms one), which reads a call under ~4 ms as 0.
CALL = [None]


def timed(f, *args):
    t0 = time.thread_time()
    try:
        return f(*args)
    finally:
        CALL[0] = (CALL[0] or 0.0) + time.thread_time() - t0


def run_case(ns, sig, codec, inp):
    """Returns (json value, aliased)."""
    if "function" in sig:
        nodes = {}
        args = {}
        for p in sig["params"]:
            if "node_in" not in p and "cycle_in" not in p:
                args[p["name"]] = codec.decode(p["type"], inp[p["name"]], nodes)
        for p in sig["params"]:
            if "cycle_in" in p and inp[p["name"]] >= 0:
                head = args[p["cycle_in"]]
                tail, target, i = head, None, 0
                node = head
                while node is not None:
                    if i == inp[p["name"]]:
                        target = node
                    tail = node
                    node = node.next
                    i += 1
                tail.next = target
            elif "node_in" in p:
                args[p["name"]] = nodes.get(inp[p["name"]])
        passed = [args[p["name"]] for p in sig["params"] if "cycle_in" not in p]
        method = getattr(ns["Solution"](), sig["function"])
        result = timed(method, *passed)
        output = sig.get("output", {})
        if "param" in output:
            ty = next(p["type"] for p in sig["params"] if p["name"] == output["param"])
            return codec.encode(ty, args[output["param"]])
        if output.get("node_value"):
            return (None if result is None else result.val), False
        return codec.encode(sig["returns"], result)
    cls = ns[sig["class"]]
    methods = {m["name"]: m for m in sig["methods"]}
    if "roundtrip" in sig:
        enc, dec = (methods[n] for n in sig["roundtrip"])
        args = [codec.decode(p["type"], inp[p["name"]]) for p in enc["params"]]
        data = timed(getattr(cls(), enc["name"]), *args)
        return codec.encode(dec["returns"], timed(getattr(cls(), dec["name"]), data))
    ops, all_args = inp["ops"], inp["args"]
    ctor = [codec.decode(p["type"], a) for p, a in zip(sig.get("constructor", []), all_args[0])]
    t0 = time.thread_time()
    obj = cls(*ctor)
    out = [None]
    # Most calls take and return scalars: skip the per-argument conversion for them.
    plain = {m["name"]: all(p["type"] in SCALARS for p in m["params"]) for m in sig["methods"]}
    for i, (op, a) in enumerate(zip(ops[1:], all_args[1:]), start=1):
        m = methods[op]
        try:
            if plain[op]:
                r = getattr(obj, op)(*a)
            else:
                r = getattr(obj, op)(*[codec.decode(p["type"], x) for p, x in zip(m["params"], a)])
        except BaseException as e:  # noqa: BLE001 - re-raised with the call it happened in
            e.prep_call = "in call %d: %s(%s)" % (i, op, ", ".join(json.dumps(x) for x in a))
            raise
        out.append(r if m["returns"] in SCALARS and m["returns"] != "void" else codec.encode(m["returns"], r)[0])
    # A design class's calls are timed together, with their (per-call) argument handling.
    CALL[0] = time.thread_time() - t0
    return out, False


def cases(data, start, form):
    """(k, input) of each case after the header: marshal frames (a little-endian u32 index
    and length, then the marshalled input) or JSON lines `[k, input]`, as the header says."""
    if form == "marshal":
        import gc
        import marshal

        view = memoryview(data)
        pos, end = start, len(data)
        while pos + 8 <= end:
            k = int.from_bytes(view[pos:pos + 4], "little")
            n = int.from_bytes(view[pos + 4:pos + 8], "little")
            pos += 8
            # The collector would run hundreds of times while a large input is made (it was
            # 85% of loading 200k design-class calls); one collection after it leaves the
            # input in the oldest generation, as loading with it on does, so the case's own
            # time is unchanged.
            collecting = gc.isenabled()
            gc.disable()
            inp = marshal.loads(view[pos:pos + n])
            if collecting:
                gc.enable()
                gc.collect(1)
            yield k, inp
            pos += n
        return
    for line in data[start:].decode("utf-8").split("\n"):
        if line.strip():
            yield json.loads(line)


def main():
    global RECORDS
    RECORDS = os.fdopen(3, "w", buffering=1, encoding="utf-8")
    user_path = sys.argv[1]
    data = sys.stdin.buffer.read()
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    eol = data.find(b"\n")
    header = json.loads(data[:eol])
    sig = header["signature"]
    sys.setrecursionlimit(1_000_000)
    ns = load(user_path, sig)
    if ns is None:
        return
    record({"ev": "loaded"})
    real_stdout = os.dup(1)
    for k, inp in cases(data, eol + 1, header.get("stdin", "json")):
        codec = Codec(ns)
        sys.stdout.flush()
        out_fd = os.open("stdout.%d" % k, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out_fd, 1)
        os.close(out_fd)
        record({"ev": "start", "k": k})
        done = {"ev": "done", "k": k}
        CALL[0] = None
        t0 = time.process_time()
        try:
            value, aliased = run_case(ns, sig, codec, inp)
            cpu = time.process_time() - t0
            done["value"] = value
            done["aliased"] = aliased
        except BadOutput as e:
            cpu = time.process_time() - t0
            done["bad_output"] = str(e)
        except BaseException as e:  # noqa: BLE001 - the user's exception is the case's verdict
            cpu = time.process_time() - t0
            if isinstance(e, OSError) and e.errno == 27:  # EFBIG: the output file limit
                kind = "OutputLimit"
            else:
                kind = type(e).__name__
            try:
                done["error"] = {"type": kind, "message": user_traceback(e, user_path)}
            except BaseException:  # noqa: BLE001 - formatting can fail after a MemoryError
                done["error"] = {"type": kind, "message": kind}
        try:
            sys.stdout.flush()
        except BaseException:  # noqa: BLE001
            pass
        os.dup2(real_stdout, 1)
        done["cpu_ms"] = cpu * 1000.0
        if CALL[0] is not None:
            done["call_ms"] = CALL[0] * 1000.0
        done["mem_kb"] = vm_hwm_kb()
        try:
            record(done)
        except (TypeError, ValueError) as e:
            record({"ev": "done", "k": k, "cpu_ms": done["cpu_ms"], "mem_kb": done["mem_kb"],
                    "bad_output": "the answer cannot be encoded as JSON: %s" % e})


if __name__ == "__main__":
    main()
