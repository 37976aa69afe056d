//! End-to-end tests of JavaScript solutions: the real `prep` binary, an isolated PREP_HOME per
//! test and a shared PREP_CACHE, real Node processes and limits.

mod common;

use common::{assert_round_trips, assert_shapes_run, round_trip_table, Prep};
use serde_json::json;

const TWO_SUM: &str = "var twoSum = function(nums, target) {
    const seen = new Map();
    for (let i = 0; i < nums.length; i++) {
        if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
        seen.set(nums[i], i);
    }
};
";

#[test]
fn submit_accepts_a_leetcode_style_solution() {
    let prep = Prep::new();
    let file = prep.write("elsewhere/two-sum/mine.js", TWO_SUM);
    let (doc, code) = prep.json(&[
        "submit",
        "two-sum",
        "--file",
        file.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["language"], "javascript");
    assert_eq!(doc["verdict"], "accepted");
    assert_eq!(doc["passed"], doc["total"]);
    assert!(doc["total"].as_u64().unwrap() > 25);
}

/// Every type encoding goes through the real JavaScript harness and comes back unchanged.
#[test]
fn every_type_round_trips_through_the_javascript_harness() {
    let prep = Prep::new();
    let types = round_trip_table(
        &["string[]", "bool[]"],
        vec![
            (
                "long",
                vec![
                    json!(i64::MAX),
                    json!(i64::MIN),
                    json!(9007199254740993_i64),
                ],
            ),
            (
                "double",
                vec![
                    json!(0.1),
                    json!(-2.5e-300),
                    json!(1e308),
                    json!(3.0),
                    json!(-0.5),
                ],
            ),
            (
                "string",
                vec![
                    json!(""),
                    json!("quote \" backslash \\ newline \n tab \t"),
                    json!("héllo 中文 🙂"),
                    json!("12345678901234567890"),
                ],
            ),
            ("char", vec![json!("a"), json!("🙂")]),
            ("long[]", vec![json!([1, i64::MAX, -3])]),
            ("double[]", vec![json!([1.0, 2.5, -1e-9])]),
        ],
    );
    assert_round_trips(&prep, &types, |slug, _| {
        prep.solution(
            slug,
            "solution.js",
            "var echo = function(x) {\n    return x;\n};\n",
        );
        prep.test_lang(slug, "javascript")
    });
}

/// Design classes (ES classes and the prototype style), codecs, in-place outputs, node
/// references and cycles through the harness, with each way of writing a function.
#[test]
fn every_signature_shape_runs_through_the_javascript_harness() {
    let prep = Prep::new();
    let counter = json!({"class": "Counter", "constructor": [{"name": "start", "type": "int"}],
           "methods": [{"name": "add", "params": [{"name": "k", "type": "int"}], "returns": "int"},
                       {"name": "reset", "params": [], "returns": "void"}]});
    let counter_input = json!({"ops": ["Counter", "add", "add", "reset", "add"], "args": [[10], [1], [2], [], [5]]});
    let counter_output = json!([null, 11, 13, null, 5]);
    let codec = json!({"class": "Codec", "methods": [{"name": "serialize", "params": [{"name": "root", "type": "TreeNode"}], "returns": "string"},
                                         {"name": "deserialize", "params": [{"name": "data", "type": "string"}], "returns": "TreeNode"}],
           "roundtrip": ["serialize", "deserialize"]});
    let codec_input = json!({"root": [1, 2, 3, null, null, 4, 5]});
    let codec_output = json!([1, 2, 3, null, null, 4, 5]);
    let codec_functions = "var serialize = function(root) {\n    const out = [];\n    const go = (n) => {\n        if (!n) { out.push('#'); return; }\n        out.push(String(n.val));\n        go(n.left);\n        go(n.right);\n    };\n    go(root);\n    return out.join(',');\n};\n\nvar deserialize = function(data) {\n    const parts = data.split(',');\n    let i = 0;\n    const go = () => {\n        const v = parts[i++];\n        if (v === '#') return null;\n        const n = new TreeNode(Number(v));\n        n.left = go();\n        n.right = go();\n        return n;\n    };\n    return go();\n};\n";
    let shapes = [
        (
            counter.clone(),
            counter_input.clone(),
            counter_output.clone(),
            "class Counter {\n    constructor(start) {\n        this.n = start;\n    }\n    add(k) {\n        this.n += k;\n        return this.n;\n    }\n    reset() {\n        this.n = 0;\n    }\n}\n".to_string(),
        ),
        (
            counter,
            counter_input,
            counter_output,
            "var Counter = function(start) {\n    this.n = start;\n};\n\nCounter.prototype.add = function(k) {\n    this.n += k;\n    return this.n;\n};\n\nCounter.prototype.reset = function() {\n    this.n = 0;\n};\n".to_string(),
        ),
        (
            codec.clone(),
            codec_input.clone(),
            codec_output.clone(),
            codec_functions.to_string(),
        ),
        (
            codec,
            codec_input,
            codec_output,
            format!("class Codec {{\n    serialize(root) {{ return serialize(root); }}\n    deserialize(data) {{ return deserialize(data); }}\n}}\n{codec_functions}"),
        ),
        (
            json!({"function": "negate", "params": [{"name": "grid", "type": "int[][]"}], "returns": "void", "output": {"param": "grid"}}),
            json!({"grid": [[1, -2], [0, 4]]}),
            json!([[-1, 2], [0, -4]]),
            "function negate(grid) {\n    for (const row of grid) {\n        for (let j = 0; j < row.length; j++) row[j] = -row[j];\n    }\n}\n".to_string(),
        ),
        (
            json!({"function": "parent", "params": [{"name": "root", "type": "TreeNode"}, {"name": "p", "type": "TreeNode", "node_in": "root"}],
                   "returns": "TreeNode", "output": {"node_value": true}}),
            json!({"root": [5, 3, 8, 1], "p": 1}),
            json!(3),
            "const parent = (root, p) => {\n    const stack = [root];\n    while (stack.length) {\n        const n = stack.pop();\n        for (const c of [n.left, n.right]) {\n            if (c === p) return n;\n            if (c) stack.push(c);\n        }\n    }\n    return null;\n};\n".to_string(),
        ),
        (
            json!({"function": "cycleStart", "params": [{"name": "head", "type": "ListNode"}, {"name": "pos", "type": "int", "cycle_in": "head"}], "returns": "int"}),
            json!({"head": [3, 2, 0, -4], "pos": 1}),
            json!(2),
            "let cycleStart = function(head) {\n    const seen = new Set();\n    while (head && !seen.has(head)) {\n        seen.add(head);\n        head = head.next;\n    }\n    return head ? head.val : -1;\n};\n".to_string(),
        ),
    ];
    assert_shapes_run(&prep, shapes, |slug, source| {
        prep.solution(slug, "solution.js", source);
        prep.test_lang(slug, "javascript")
    });
}

#[test]
fn a_syntax_error_is_a_compile_error_naming_the_users_file_and_line() {
    let prep = Prep::new();
    let file = prep.solution(
        "two-sum",
        "solution.js",
        "var twoSum = function(nums, target) {\n    const seen = new Map();\n    for (let i = 0; i < nums.length; i++ {\n    }\n};\n",
    );
    let (doc, code) = prep.test_lang("two-sum", "javascript");
    assert_eq!(code, 1);
    assert_eq!(doc["verdict"], "compile_error");
    let output = doc["compile_output"].as_str().unwrap();
    assert!(
        output.contains(&format!("{}:3: SyntaxError", file.display())),
        "{output}"
    );
    // An error thrown while the file loads names its line too.
    prep.solution(
        "two-sum",
        "solution.js",
        "const x = 1;\nundefinedThing();\n",
    );
    let (doc, _) = prep.test_lang("two-sum", "javascript");
    assert_eq!(doc["verdict"], "compile_error");
    let output = doc["compile_output"].as_str().unwrap();
    assert!(
        output.contains(&format!("{}:2: ReferenceError", file.display())),
        "{output}"
    );
    // A solution under another name says which call prep makes.
    prep.solution(
        "two-sum",
        "solution.js",
        "var twoSums = function(nums, target) {};\n",
    );
    let (doc, _) = prep.test_lang("two-sum", "javascript");
    assert_eq!(doc["verdict"], "compile_error");
    let output = doc["compile_output"].as_str().unwrap();
    assert!(
        output.contains("no function `twoSum`")
            && output.contains("prep calls `twoSum(nums, target)`"),
        "{output}"
    );
}

#[test]
fn an_exception_is_a_runtime_error_with_the_users_frame() {
    let prep = Prep::new();
    let file = prep.solution(
        "reverse-linked-list",
        "solution.js",
        "var reverseList = function(head) {\n    let prev = null;\n    while (true) {\n        const next = head.next;\n        head.next = prev;\n        prev = head;\n        head = next;\n    }\n};\n",
    );
    let (doc, code) = prep.test_lang("reverse-linked-list", "javascript");
    assert_eq!(code, 1);
    assert_eq!(doc["verdict"], "runtime_error");
    let message = doc["cases"][0]["message"].as_str().unwrap();
    assert!(message.contains("TypeError"), "{message}");
    assert!(
        message.contains(&format!("at reverseList ({}:4:", file.display())),
        "{message}"
    );
    assert!(!message.contains("harness.js"), "{message}");
}

#[test]
fn a_crash_in_a_design_class_names_the_call() {
    let prep = Prep::new();
    prep.solution(
        "min-stack",
        "solution.js",
        "class MinStack {\n    constructor() { this.s = []; this.m = []; }\n    push(val) {\n        this.s.push(val);\n        if (!this.m.length || val < this.m[this.m.length - 1]) this.m.push(val);\n    }\n    pop() {\n        if (this.s.pop() === this.m[this.m.length - 1]) this.m.pop();\n    }\n    top() { return this.s[this.s.length - 1]; }\n    getMin() {\n        if (!this.m.length) throw new Error('empty');\n        return this.m[this.m.length - 1];\n    }\n}\n",
    );
    let (doc, code) = prep.test_lang("min-stack", "javascript");
    assert_eq!(code, 1, "{doc}");
    let crash = doc["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["verdict"] == "runtime_error")
        .unwrap_or_else(|| panic!("no runtime error: {doc}"));
    let message = crash["message"].as_str().unwrap();
    assert!(
        message.contains("Error: empty") && message.contains("(in call 7: getMin())"),
        "{message}"
    );
}

/// Nothing is compiled for JavaScript: a second run of an unchanged file makes no build
/// folder either (the harness and the file are copied into the run folder).
#[test]
fn nothing_is_built_and_a_second_run_reuses_nothing_stale() {
    let prep = Prep::new();
    prep.solution("two-sum", "solution.js", TWO_SUM);
    let (first, _) = prep.test_lang("two-sum", "javascript");
    let (second, code) = prep.test_lang("two-sum", "javascript");
    assert_eq!(code, 0, "{second}");
    assert_eq!(first["verdict"], second["verdict"]);
    assert!(!Prep::cache().join("builds/javascript").exists());
    // A changed file is what runs next.
    prep.solution(
        "two-sum",
        "solution.js",
        "var twoSum = (nums, target) => [0, 0];\n",
    );
    let (third, _) = prep.test_lang("two-sum", "javascript");
    assert_eq!(third["verdict"], "wrong_answer");
}

const SEEDS: &[&str] = &[
    "two-sum",
    "valid-anagram",
    "group-anagrams",
    "valid-parentheses",
    "min-stack",
    "reverse-linked-list",
    "linked-list-cycle",
    "invert-binary-tree",
    "lowest-common-ancestor-of-a-binary-search-tree",
    "number-of-islands",
    "clone-graph",
    "course-schedule-ii",
    "rotate-image",
    "median-of-two-sorted-arrays",
];

#[test]
fn the_scaffold_of_each_seed_problem_runs_and_gets_wrong_answer() {
    let prep = Prep::new();
    for slug in SEEDS {
        prep.cmd()
            .args(["solve", slug, "--lang", "javascript", "--no-watch"])
            .assert()
            .success();
        let (doc, code) = prep.test_lang(slug, "javascript");
        assert_eq!(code, 1, "{slug}: {doc}");
        assert_eq!(doc["verdict"], "wrong_answer", "{slug}: {doc}");
    }
    let tree =
        std::fs::read_to_string(prep.home().join("solutions/invert-binary-tree/solution.js"))
            .unwrap();
    assert!(
        tree.contains(" * function TreeNode(val, left, right) {")
            && tree.contains(" * @param {TreeNode} root\n * @return {TreeNode}\n */\nvar invertTree = function(root) {"),
        "{tree}"
    );
    let stack =
        std::fs::read_to_string(prep.home().join("solutions/min-stack/solution.js")).unwrap();
    assert!(
        stack.contains("var MinStack = function() {")
            && stack.contains("MinStack.prototype.push = function(val) {")
            && stack.contains(" * var param_4 = obj.getMin()"),
        "{stack}"
    );
    let graph =
        std::fs::read_to_string(prep.home().join("solutions/clone-graph/solution.js")).unwrap();
    assert!(
        graph.contains(" * function _Node(val, neighbors) {"),
        "{graph}"
    );
}

#[test]
fn prints_show_up_in_the_cases_stdout() {
    let prep = Prep::new();
    prep.solution(
        "two-sum",
        "solution.js",
        &TWO_SUM.replace(
            "const seen = new Map();",
            "const seen = new Map();\n    console.log('debug', nums.length);\n    console.info({ target });\n    process.stdout.write('raw\\n');\n    console.error('to stderr');",
        ),
    );
    let (doc, code) = prep.test_lang("two-sum", "javascript");
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["verdict"], "accepted");
    assert_eq!(doc["cases"][0]["stdout"], "debug 4\n{ target: 11 }\nraw\n");
    assert_eq!(doc["cases"][1]["stdout"], "debug 3\n{ target: 8 }\nraw\n");
}

/// The @datastructures-js classes LeetCode provides, through the real harness.
#[test]
fn leetcode_priority_queues_queue_and_deque_are_there() {
    let prep = Prep::new();
    prep.add_problem(2000, 256);
    prep.solution(
        "add-two",
        "solution.js",
        r#"
const check = (cond, what) => { if (!cond) throw new Error('failed: ' + what); };
var add = function(a, b) {
    // 6.x: plain numbers, a priority getter, a compare function.
    const min = new MinPriorityQueue();
    [5, 1, 4, 1, 3].forEach((x) => min.enqueue(x));
    check(min.size() === 5 && min.front() === 1 && min.back() === 5, 'min front/back');
    const out = [];
    while (!min.isEmpty()) out.push(min.dequeue());
    check(out.join() === '1,1,3,4,5', 'min order ' + out);
    check(min.dequeue() === null && min.front() === null, 'empty min');
    const max = new MaxPriorityQueue((x) => x.cost);
    max.push({ cost: 2, id: 'b' }).push({ cost: 7, id: 'a' });
    max.enqueue({ cost: 5, id: 'c' });
    check(max.pop().id === 'a' && max.toArray().map((x) => x.id).join() === 'c,b', 'max getter');
    const pq = new PriorityQueue((x, y) => x[0] - y[0] || y[1] - x[1]);
    pq.enqueue([2, 1]); pq.enqueue([1, 5]); pq.enqueue([2, 9]);
    check(pq.dequeue()[1] === 5 && pq.dequeue()[1] === 9, 'compare function');
    const pq2 = new PriorityQueue({ compare: (x, y) => y - x });
    [3, 8, 1].forEach((x) => pq2.enqueue(x));
    check(pq2.dequeue() === 8 && [...pq2].join() === '3,1', 'compare option');
    // 4.x: an explicit priority answers {element, priority}; so does a {priority} option.
    const old = new MinPriorityQueue();
    old.enqueue('x', 3); old.enqueue('y', 1);
    const first = old.dequeue();
    check(first.element === 'y' && first.priority === 1 && old.front().element === 'x', 'explicit priority');
    const byOption = new MaxPriorityQueue({ priority: (bid) => bid.value });
    byOption.enqueue({ value: 4 }); byOption.enqueue({ value: 9 });
    check(byOption.dequeue().element.value === 9, 'priority option');
    // A heap of many: sorted out.
    const big = new MinPriorityQueue();
    for (let i = 0; i < 50000; i++) big.enqueue((i * 7919) % 50000);
    for (let i = 0; i < 50000; i++) check(big.dequeue() === i, 'heap order');
    // Queue and Deque.
    const q = new Queue([1, 2]);
    q.enqueue(3); q.push(4);
    check(q.dequeue() === 1 && q.pop() === 2 && q.front() === 3 && q.back() === 4 && q.size() === 2, 'queue');
    for (let i = 0; i < 100000; i++) q.enqueue(i);
    for (let i = 0; i < 100002; i++) q.dequeue();
    check(q.isEmpty() && q.dequeue() === null && q.toArray().length === 0, 'queue drained');
    const d = new Deque();
    d.pushBack(2); d.pushFront(1); d.pushBack(3);
    for (let i = 0; i < 100; i++) d.pushFront(-i);
    for (let i = 0; i < 100; i++) d.popFront();
    check(d.toArray().join() === '1,2,3' && d.popBack() === 3 && d.popFront() === 1 && d.front() === 2 && d.back() === 2, 'deque');
    const { PriorityQueue: Required } = require('@datastructures-js/priority-queue');
    check(Required === PriorityQueue, 'require');
    return a + b;
};
"#,
    );
    let (doc, code) = prep.test_lang("add-two", "javascript");
    assert_eq!(code, 0, "{doc}");
}

/// A solution may define its own classes under the names prep provides.
#[test]
fn own_classes_under_provided_names_load() {
    let prep = Prep::new();
    prep.solution(
        "min-stack",
        "solution.js",
        "class PriorityQueue { constructor() { this.mine = true; } }\nclass Node { constructor(v) { this.v = v; } }\nvar MinStack = function() {\n    this.s = [];\n    this.own = new PriorityQueue().mine && new Node(1).v === 1;\n};\nMinStack.prototype.push = function(val) {\n    const m = this.s.length ? Math.min(val, this.s[this.s.length - 1][1]) : val;\n    this.s.push([val, m]);\n};\nMinStack.prototype.pop = function() { this.s.pop(); };\nMinStack.prototype.top = function() { return this.own ? this.s[this.s.length - 1][0] : -1; };\nMinStack.prototype.getMin = function() { return this.s[this.s.length - 1][1]; };\n",
    );
    let (doc, code) = prep.test_lang("min-stack", "javascript");
    assert_eq!(code, 0, "{doc}");
}

#[test]
fn a_deep_recursion_works() {
    let prep = Prep::new();
    prep.problem(
        "deep",
        json!({"function": "depth", "params": [{"name": "n", "type": "int"}], "returns": "int"}),
        vec![json!({"input": {"n": 100000}, "output": 100000})],
        2000,
    );
    prep.solution(
        "deep",
        "solution.js",
        "var depth = function(n) {\n    const root = new Array(3).fill(null);\n    let node = root;\n    for (let i = 1; i < n; i++) { node[0] = [null, null, i]; node = node[0]; }\n    const go = (t, d, best, path) => t === null ? d : Math.max(go(t[0], d + 1, best, path), go(t[1], d + 1, best, path));\n    return go(root, 0, 0, '');\n};\n",
    );
    let (doc, code) = prep.test_lang("deep", "javascript");
    assert_eq!(code, 0, "{doc}");
}

#[test]
fn endless_recursion_is_a_runtime_error() {
    let prep = Prep::new();
    prep.add_problem(2000, 256);
    prep.solution(
        "add-two",
        "solution.js",
        "var add = function(a, b) {\n    return add(a, b) + 1;\n};\n",
    );
    let (doc, code) = prep.test_lang("add-two", "javascript");
    assert_eq!(code, 1);
    assert_eq!(doc["cases"][0]["verdict"], "runtime_error", "{doc}");
    let message = doc["cases"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("RangeError: Maximum call stack size exceeded"),
        "{message}"
    );
}

#[test]
fn heap_exhaustion_is_memory_limit_exceeded() {
    let prep = Prep::new();
    prep.add_problem(10000, 64);
    prep.solution(
        "add-two",
        "solution.js",
        "var add = function(a, b) {\n    const xs = [];\n    for (;;) xs.push({ a, b, i: xs.length });\n};\n",
    );
    let (doc, code) = prep.test_lang("add-two", "javascript");
    assert_eq!(code, 1);
    assert_eq!(doc["verdict"], "memory_limit_exceeded", "{doc}");
}

#[test]
fn an_endless_loop_is_time_limit_exceeded() {
    let prep = Prep::new();
    prep.add_problem(300, 256);
    prep.solution(
        "add-two",
        "solution.js",
        "var add = function(a, b) {\n    for (;;) {}\n};\n",
    );
    let (doc, code) = prep.test_lang("add-two", "javascript");
    assert_eq!(code, 1);
    assert_eq!(doc["cases"][0]["verdict"], "time_limit_exceeded", "{doc}");
}

#[test]
fn exiting_early_is_a_runtime_error_and_later_cases_still_run() {
    let prep = Prep::new();
    prep.add_problem(1000, 256);
    prep.solution(
        "add-two",
        "solution.js",
        "var add = function(a, b) {\n    console.log('bye', a);\n    if (a === 1) process.exit(0);\n    return a + b;\n};\n",
    );
    let (doc, code) = prep.test_lang("add-two", "javascript");
    assert_eq!(code, 1);
    assert_eq!(doc["cases"][0]["verdict"], "runtime_error");
    // What it printed before it left is kept.
    assert_eq!(doc["cases"][0]["stdout"], "bye 1\n");
    assert_eq!(doc["cases"][1]["verdict"], "accepted");
    assert_eq!(doc["cases"][2]["verdict"], "accepted");
}

/// Node ignores SIGXFSZ and console.log swallows write errors: the harness ends a flood.
#[test]
fn an_output_flood_is_output_limit_exceeded() {
    let prep = Prep::new();
    prep.add_problem(3000, 256);
    prep.solution(
        "add-two",
        "solution.js",
        "var add = function(a, b) {\n    for (;;) console.log('x'.repeat(10000));\n};\n",
    );
    let (doc, code) = prep.test_lang("add-two", "javascript");
    assert_eq!(code, 1);
    assert_eq!(doc["cases"][0]["verdict"], "output_limit_exceeded", "{doc}");
    // The next case runs in a fresh process.
    assert_eq!(doc["cases"][1]["verdict"], "output_limit_exceeded", "{doc}");
}
