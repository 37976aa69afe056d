//! End-to-end tests of Java: the real `prep` binary, an isolated PREP_HOME per test and a
//! shared PREP_CACHE, real javac and JVM.

mod common;

use std::path::PathBuf;

use common::{assert_round_trips, assert_shapes_run, round_trip_table, Prep};
use serde_json::json;

/// The Java type LeetCode uses for a type name of the problem format.
fn java(ty: &str) -> &str {
    match ty {
        "uint32" => "int",
        "bool" => "boolean",
        "string" => "String",
        "list<list<string>>" => "List<List<String>>",
        "list<int[]>" => "List<int[]>",
        "list<bool>" => "List<Boolean>",
        "string[]" => "String[]",
        "RandomNode" => "Node",
        other => other,
    }
}

const TWO_SUM: &str = "class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) {
                return new int[] {j, i};
            }
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
";

#[test]
fn submit_accepts_a_leetcode_style_java_solution() {
    let prep = Prep::new();
    prep.solution("two-sum", "Solution.java", TWO_SUM);
    let (doc, code) = prep.json(&["submit", "two-sum", "--lang", "java", "--json"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["verdict"], "accepted");
    assert_eq!(doc["language"], "java");
    assert!(doc["cases"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["memory_kb"].as_u64().unwrap() > 0));
}

/// Every type of the signature language goes in and comes back out unchanged. (A Java `char`
/// is one UTF-16 unit, so only characters of the Basic Multilingual Plane fit in it.)
#[test]
fn every_type_round_trips_through_the_java_harness() {
    let prep = Prep::new();
    let types = round_trip_table(
        &["bool[]"],
        vec![
            (
                "string",
                vec![
                    json!(""),
                    json!("quote \" backslash \\ newline \n tab \t \u{1}"),
                    json!("héllo 中文 🙂"),
                ],
            ),
            ("char", vec![json!("a"), json!("é"), json!("\"")]),
            ("list<int[]>", vec![json!([[1, 2], []])]),
            ("double[]", vec![json!([0.5, -1e-5])]),
            ("list<bool>", vec![json!([true, false])]),
            ("string[]", vec![json!(["a b", ""])]),
        ],
    );
    assert_round_trips(&prep, &types, |slug, ty| {
        let java = java(ty);
        let file = prep.solution(
            slug,
            "Solution.java",
            &format!("class Solution {{\n    public {java} echo({java} x) {{\n        return x;\n    }}\n}}\n"),
        );
        prep.test_file(slug, &file)
    });
}

/// Design classes, codecs, in-place outputs, node references and cycles through the harness.
#[test]
fn every_signature_shape_runs_through_the_java_harness() {
    let prep = Prep::new();
    let shapes = [
        (
            json!({"class": "Counter", "constructor": [{"name": "start", "type": "int"}],
                   "methods": [{"name": "add", "params": [{"name": "k", "type": "int"}], "returns": "int"},
                               {"name": "reset", "params": [], "returns": "void"},
                               {"name": "history", "params": [{"name": "extra", "type": "int[]"}], "returns": "list<int>"}]}),
            json!({"ops": ["Counter", "add", "add", "reset", "add", "history"], "args": [[10], [1], [2], [], [5], [[7]]]}),
            json!([null, 11, 13, null, 5, [11, 13, 5, 7]]),
            "class Counter {\n    private int n;\n    private final List<Integer> seen = new ArrayList<>();\n    public Counter(int start) { n = start; }\n    public int add(int k) { n += k; seen.add(n); return n; }\n    public void reset() { n = 0; }\n    public List<Integer> history(int[] extra) {\n        List<Integer> out = new ArrayList<>(seen);\n        for (int x : extra) out.add(x);\n        return out;\n    }\n}\n",
        ),
        (
            json!({"class": "Codec", "methods": [{"name": "serialize", "params": [{"name": "root", "type": "TreeNode"}], "returns": "string"},
                                                 {"name": "deserialize", "params": [{"name": "data", "type": "string"}], "returns": "TreeNode"}],
                   "roundtrip": ["serialize", "deserialize"]}),
            json!({"root": [1, 2, 3, null, null, 4, 5]}),
            json!([1, 2, 3, null, null, 4, 5]),
            "public class Codec {\n    public String serialize(TreeNode root) {\n        StringBuilder sb = new StringBuilder();\n        go(root, sb);\n        return sb.toString();\n    }\n    private void go(TreeNode n, StringBuilder sb) {\n        if (n == null) { sb.append(\"#,\"); return; }\n        sb.append(n.val).append(',');\n        go(n.left, sb);\n        go(n.right, sb);\n    }\n    public TreeNode deserialize(String data) {\n        Deque<String> q = new ArrayDeque<>(Arrays.asList(data.split(\",\")));\n        return build(q);\n    }\n    private TreeNode build(Deque<String> q) {\n        String v = q.poll();\n        if (v.equals(\"#\")) return null;\n        TreeNode n = new TreeNode(Integer.parseInt(v));\n        n.left = build(q);\n        n.right = build(q);\n        return n;\n    }\n}\n",
        ),
        (
            json!({"function": "negate", "params": [{"name": "grid", "type": "int[][]"}], "returns": "void", "output": {"param": "grid"}}),
            json!({"grid": [[1, -2], [0, 4]]}),
            json!([[-1, 2], [0, -4]]),
            "class Solution {\n    public void negate(int[][] grid) {\n        for (int[] row : grid)\n            for (int j = 0; j < row.length; j++)\n                row[j] = -row[j];\n    }\n}\n",
        ),
        (
            json!({"function": "parent", "params": [{"name": "root", "type": "TreeNode"}, {"name": "p", "type": "TreeNode", "node_in": "root"}],
                   "returns": "TreeNode", "output": {"node_value": true}}),
            json!({"root": [5, 3, 8, 1], "p": 1}),
            json!(3),
            "class Solution {\n    public TreeNode parent(TreeNode root, TreeNode p) {\n        Deque<TreeNode> stack = new ArrayDeque<>();\n        stack.push(root);\n        while (!stack.isEmpty()) {\n            TreeNode n = stack.pop();\n            for (TreeNode c : new TreeNode[] {n.left, n.right}) {\n                if (c == p) return n;\n                if (c != null) stack.push(c);\n            }\n        }\n        return null;\n    }\n}\n",
        ),
        (
            json!({"function": "cycleStart", "params": [{"name": "head", "type": "ListNode"}, {"name": "pos", "type": "int", "cycle_in": "head"}], "returns": "int"}),
            json!({"head": [3, 2, 0, -4], "pos": 1}),
            json!(2),
            "class Solution {\n    public int cycleStart(ListNode head) {\n        Set<ListNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());\n        while (head != null && seen.add(head)) head = head.next;\n        return head != null ? head.val : -1;\n    }\n}\n",
        ),
        // A design class with its own `Node` (no graph Node is provided to it), public.
        (
            json!({"class": "LRUCache", "constructor": [{"name": "capacity", "type": "int"}],
                   "methods": [{"name": "get", "params": [{"name": "key", "type": "int"}], "returns": "int"},
                               {"name": "put", "params": [{"name": "key", "type": "int"}, {"name": "value", "type": "int"}], "returns": "void"}]}),
            json!({"ops": ["LRUCache", "put", "put", "get", "put", "get", "get"], "args": [[2], [1, 1], [2, 2], [1], [3, 3], [2], [3]]}),
            json!([null, null, null, 1, null, -1, 3]),
            "public class LRUCache {\n    class Node {\n        int key, val;\n        Node prev, next;\n        Node(int k, int v) { key = k; val = v; }\n    }\n    private final Map<Integer, Node> map = new HashMap<>();\n    private final Node head = new Node(0, 0), tail = new Node(0, 0);\n    private final int capacity;\n    public LRUCache(int capacity) {\n        this.capacity = capacity;\n        head.next = tail;\n        tail.prev = head;\n    }\n    private void unlink(Node n) { n.prev.next = n.next; n.next.prev = n.prev; }\n    private void front(Node n) { n.next = head.next; n.prev = head; head.next.prev = n; head.next = n; }\n    public int get(int key) {\n        Node n = map.get(key);\n        if (n == null) return -1;\n        unlink(n);\n        front(n);\n        return n.val;\n    }\n    public void put(int key, int value) {\n        Node n = map.get(key);\n        if (n != null) { n.val = value; unlink(n); front(n); return; }\n        if (map.size() == capacity) { Node old = tail.prev; unlink(old); map.remove(old.key); }\n        n = new Node(key, value);\n        map.put(key, n);\n        front(n);\n    }\n}\n",
        ),
    ];
    assert_shapes_run(&prep, shapes, |slug, source| {
        let file = prep.solution(slug, "Solution.java", source);
        prep.test_file(slug, &file)
    });
}

#[test]
fn a_compile_error_names_the_users_file_and_line() {
    let prep = Prep::new();
    // Line 1 carries the implicit imports inside the build: its column must still be right.
    let file = prep.solution(
        "two-sum",
        "Solution.java",
        "class Solution { int x = 1 +;\n    public int[] twoSum(int[] nums, int target) {\n        return new int[] {0, 1}\n    }\n}\n",
    );
    let (doc, code) = prep.json(&["test", "two-sum", "--lang", "java", "--json"]);
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["verdict"], "compile_error");
    let output = doc["compile_output"].as_str().unwrap();
    let path = file.display().to_string();
    assert!(
        output.contains(&format!(
            "{path}:1: error: illegal start of expression\nclass Solution {{ int x = 1 +;\n{}^\n",
            " ".repeat(28)
        )),
        "{output}"
    );
    assert!(
        output.contains(&format!("{path}:3: error: ';' expected")),
        "{output}"
    );
    assert!(!output.contains("import java.util"), "{output}");
    // A type error: the user's line, not the harness's.
    prep.solution(
        "two-sum",
        "Solution.java",
        "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        int[] answer = new int[2];\n        return answr;\n    }\n}\n",
    );
    let (doc, _) = prep.json(&["test", "two-sum", "--lang", "java", "--json"]);
    let output = doc["compile_output"].as_str().unwrap();
    assert!(
        output.contains(&format!("{path}:4: error: cannot find symbol")),
        "{output}"
    );
    assert!(!output.contains("PrepMain"), "{output}");
}

#[test]
fn a_signature_other_than_leetcodes_says_which_call_prep_makes() {
    let prep = Prep::new();
    prep.solution(
        "two-sum",
        "Solution.java",
        "class Solution {\n    public List<Integer> twoSum(List<Integer> nums, int target) {\n        return nums;\n    }\n}\n",
    );
    let (doc, code) = prep.json(&["test", "two-sum", "--lang", "java", "--json"]);
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["verdict"], "compile_error");
    let output = doc["compile_output"].as_str().unwrap();
    assert!(
        output.contains("prep calls `int[] twoSum(int[] nums, int target)` on `Solution` (LeetCode's signature)"),
        "{output}"
    );
    assert!(!output.contains("PrepMain"), "{output}");
    // A design class missing a method.
    prep.solution(
        "min-stack",
        "Solution.java",
        "class MinStack {\n    public void push(int val) {}\n    public void pop() {}\n    public int top() { return 0; }\n}\n",
    );
    let (doc, _) = prep.json(&["test", "min-stack", "--lang", "java", "--json"]);
    let output = doc["compile_output"].as_str().unwrap();
    assert!(
        output.contains("prep calls `int getMin()` on `MinStack`"),
        "{output}"
    );
}

#[test]
fn an_exception_is_a_runtime_error_with_the_users_frame() {
    let prep = Prep::new();
    let file = prep.solution(
        "two-sum",
        "Solution.java",
        "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        return helper(nums);\n    }\n\n    private int[] helper(int[] nums) {\n        return new int[] {nums[nums.length]};\n    }\n}\n",
    );
    let (doc, code) = prep.json(&["test", "two-sum", "--lang", "java", "--json"]);
    assert_eq!(code, 1);
    assert_eq!(doc["verdict"], "runtime_error");
    let message = doc["cases"][0]["message"].as_str().unwrap();
    let path = file.display().to_string();
    assert!(
        message.contains("java.lang.ArrayIndexOutOfBoundsException"),
        "{message}"
    );
    assert!(
        message.contains(&format!("at Solution.helper({path}:7)")),
        "{message}"
    );
    assert!(
        message.contains(&format!("at Solution.twoSum({path}:3)")),
        "{message}"
    );
    assert!(!message.contains("PrepMain"), "{message}");
}

#[test]
fn a_crash_in_a_design_class_names_the_call() {
    let prep = Prep::new();
    prep.solution(
        "min-stack",
        "Solution.java",
        "class MinStack {\n    private final Deque<Integer> s = new ArrayDeque<>(), m = new ArrayDeque<>();\n    public void push(int val) {\n        s.push(val);\n        if (m.isEmpty() || val < m.peek()) m.push(val);\n    }\n    public void pop() {\n        if (s.pop().equals(m.peek())) m.pop();\n    }\n    public int top() { return s.peek(); }\n    public int getMin() { return m.peek(); }\n}\n",
    );
    let (doc, code) = prep.json(&["test", "min-stack", "--lang", "java", "--json"]);
    assert_eq!(code, 1, "{doc}");
    let crash = doc["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["verdict"] == "runtime_error")
        .unwrap_or_else(|| panic!("{doc}"));
    let message = crash["message"].as_str().unwrap();
    assert!(
        message.contains("NullPointerException") && message.contains("(in call 7: getMin())"),
        "{message}"
    );
}

/// The harness runs cases on a thread with a large stack: a recursion 10^5 deep works, an
/// endless one is a readable runtime error, and a heap beyond -Xmx is MEMORY_LIMIT.
#[test]
fn deep_recursion_works_and_its_failures_are_named() {
    let prep = Prep::new();
    let sig =
        json!({"function": "depth", "params": [{"name": "n", "type": "int"}], "returns": "int"});
    prep.problem_with_limits(
        "depth",
        sig,
        vec![json!({"input": {"n": 100000}, "output": 100000})],
        json!({"time_ms": 2000, "memory_mb": 64}),
    );
    prep.solution(
        "depth",
        "Solution.java",
        "class Solution {\n    public int depth(int n) {\n        return n == 0 ? 0 : 1 + depth(n - 1);\n    }\n}\n",
    );
    let (doc, code) = prep.json(&["test", "depth", "--lang", "java", "--json"]);
    assert_eq!(code, 0, "{doc}");
    prep.solution(
        "depth",
        "Solution.java",
        "class Solution {\n    public int depth(int n) {\n        return 1 + depth(n - 1);\n    }\n}\n",
    );
    let (doc, code) = prep.json(&["test", "depth", "--lang", "java", "--json"]);
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["cases"][0]["verdict"], "runtime_error", "{doc}");
    let message = doc["cases"][0]["message"].as_str().unwrap();
    assert!(message.contains("StackOverflowError"), "{message}");
    assert!(message.contains("at Solution.depth("), "{message}");
    assert!(message.contains("more frames of your code"), "{message}");
    prep.solution(
        "depth",
        "Solution.java",
        "class Solution {\n    public int depth(int n) {\n        List<long[]> hog = new ArrayList<>();\n        while (true) hog.add(new long[1 << 20]);\n    }\n}\n",
    );
    let (doc, code) = prep.json(&["test", "depth", "--lang", "java", "--json"]);
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["cases"][0]["verdict"], "memory_limit_exceeded", "{doc}");
}

/// A second `prep test` of an unchanged file reuses the compiled build.
#[test]
fn an_unchanged_file_is_not_compiled_again() {
    let prep = Prep::new();
    let marker = format!(
        "// build marker {}\n",
        prep.home().file_name().unwrap().to_string_lossy()
    );
    prep.solution("two-sum", "Solution.java", &format!("{marker}{TWO_SUM}"));
    let builds = || -> Vec<(PathBuf, std::time::SystemTime)> {
        let root = Prep::cache().join("builds").join("java");
        std::fs::read_dir(&root)
            .map(|d| d.flatten().map(|e| e.path()).collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .filter(|dir| {
                std::fs::read_to_string(dir.join("Solution.java"))
                    .is_ok_and(|text| text.contains(&marker))
            })
            .map(|dir| {
                let done = std::fs::metadata(dir.join(".done"))
                    .and_then(|m| m.modified())
                    .unwrap();
                (dir, done)
            })
            .collect()
    };
    assert!(builds().is_empty());
    let (doc, code) = prep.json(&["test", "two-sum", "--lang", "java", "--json"]);
    assert_eq!(code, 0, "{doc}");
    let first = builds();
    assert_eq!(first.len(), 1);
    let (doc, code) = prep.json(&["test", "two-sum", "--lang", "java", "--json"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(builds(), first);
}

#[test]
fn prints_show_up_in_the_cases_stdout() {
    let prep = Prep::new();
    prep.solution(
        "two-sum",
        "Solution.java",
        &TWO_SUM.replace(
            "Map<Integer, Integer> seen",
            "System.out.println(\"looking at \" + nums.length + \" numbers, é\");\n        System.err.println(\"to stderr\");\n        Map<Integer, Integer> seen",
        ),
    );
    let (doc, code) = prep.json(&["test", "two-sum", "--lang", "java", "--json"]);
    assert_eq!(code, 0, "{doc}");
    let cases = doc["cases"].as_array().unwrap();
    assert_eq!(cases[0]["stdout"], "looking at 4 numbers, é\n", "{doc}");
    assert_eq!(cases[1]["stdout"], "looking at 3 numbers, é\n", "{doc}");
}

/// A fresh scaffold of each seed problem builds and is judged WRONG_ANSWER, never a compile
/// error.
#[test]
fn the_scaffolds_of_the_seed_problems_build_and_get_wrong_answer() {
    let prep = Prep::new();
    for slug in [
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
    ] {
        prep.cmd()
            .args(["solve", slug, "--lang", "java", "--no-watch"])
            .assert()
            .success();
        let file = prep.home().join(format!("solutions/{slug}/Solution.java"));
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains(&format!("prep test {slug}")), "{text}");
        let (doc, code) = prep.json(&["test", slug, "--lang", "java", "--json"]);
        assert_eq!(code, 1, "{slug}: {doc}");
        assert_eq!(doc["verdict"], "wrong_answer", "{slug}: {doc}");
    }
    let text =
        std::fs::read_to_string(prep.home().join("solutions/clone-graph/Solution.java")).unwrap();
    assert!(text.contains("public List<Node> neighbors;"), "{text}");
    assert!(
        text.contains("public Node cloneGraph(Node node) {"),
        "{text}"
    );
    let text =
        std::fs::read_to_string(prep.home().join("solutions/min-stack/Solution.java")).unwrap();
    assert!(text.contains("class MinStack {"), "{text}");
    assert!(text.contains(" * int param_4 = obj.getMin();"), "{text}");
}

/// A print loop is stopped at the output cap (Java's PrintStream would swallow the file-size
/// limit's error and loop on), and the cases after it still run.
#[test]
fn an_output_flood_is_output_limit_exceeded() {
    let prep = Prep::new();
    prep.solution(
        "two-sum",
        "Solution.java",
        &TWO_SUM.replace(
            "Map<Integer, Integer> seen",
            "if (nums.length == 4) {\n            for (long i = 0; ; i++) System.out.println(\"flood \" + i);\n        }\n        Map<Integer, Integer> seen",
        ),
    );
    let (doc, code) = prep.json(&["test", "two-sum", "--lang", "java", "--json"]);
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["verdict"], "output_limit_exceeded", "{doc}");
    assert_eq!(doc["cases"][0]["verdict"], "output_limit_exceeded", "{doc}");
    assert_eq!(doc["cases"][1]["verdict"], "accepted", "{doc}");
}
