//! C++ through the real judge: every type and signature shape, compile errors in the user's
//! own lines, exceptions, sanitizer reports under `prep test`, crashes, and the build cache.

mod common;

use common::{assert_round_trips, assert_shapes_run, round_trip_values, Prep};
use serde_json::json;

/// The C++ type LeetCode uses for a type name of the problem format.
fn cpp(ty: &str) -> String {
    if let Some(inner) = ty.strip_suffix("[]") {
        return format!("vector<{}>", cpp(inner));
    }
    if let Some(inner) = ty.strip_prefix("list<").and_then(|t| t.strip_suffix('>')) {
        return format!("vector<{}>", cpp(inner));
    }
    match ty {
        "long" => "long long".into(),
        "uint32" => "uint32_t".into(),
        "ListNode" => "ListNode*".into(),
        "TreeNode" => "TreeNode*".into(),
        "Node" | "RandomNode" => "Node*".into(),
        other => other.into(),
    }
}

#[test]
fn every_type_round_trips_through_the_cpp_harness() {
    let prep = Prep::new();
    assert_round_trips(&prep, &round_trip_values(), |slug, ty| {
        let t = cpp(ty);
        let file = prep.solution(
            slug,
            "solution.cpp",
            &format!("class Solution {{\npublic:\n    {t} echo({t} x) {{ return x; }}\n}};\n"),
        );
        prep.test_file(slug, &file)
    });
}

#[test]
fn every_signature_shape_runs_through_the_cpp_harness() {
    let prep = Prep::new();
    let shapes = [
        (
            json!({"class": "Counter", "constructor": [{"name": "start", "type": "int"}],
                   "methods": [{"name": "add", "params": [{"name": "k", "type": "int"}], "returns": "int"},
                               {"name": "reset", "params": [], "returns": "void"},
                               {"name": "name", "params": [{"name": "s", "type": "string"}], "returns": "string"}]}),
            json!({"ops": ["Counter", "add", "add", "reset", "add", "name"], "args": [[10], [1], [2], [], [5], ["a b"]]}),
            json!([null, 11, 13, null, 5, "a b!"]),
            "class Counter {\n    int n;\npublic:\n    Counter(int start) : n(start) {}\n    int add(int k) { return n += k; }\n    void reset() { n = 0; }\n    string name(string s) { return s + \"!\"; }\n};\n",
        ),
        (
            json!({"class": "Codec", "methods": [{"name": "serialize", "params": [{"name": "root", "type": "TreeNode"}], "returns": "string"},
                                                 {"name": "deserialize", "params": [{"name": "data", "type": "string"}], "returns": "TreeNode"}],
                   "roundtrip": ["serialize", "deserialize"]}),
            json!({"root": [1, 2, 3, null, null, 4, 5]}),
            json!([1, 2, 3, null, null, 4, 5]),
            "class Codec {\npublic:\n    string serialize(TreeNode* root) {\n        if (!root) return \"#\";\n        return to_string(root->val) + \",\" + serialize(root->left) + \",\" + serialize(root->right);\n    }\n    TreeNode* deserialize(string data) {\n        stringstream ss(data);\n        return go(ss);\n    }\n    TreeNode* go(stringstream& ss) {\n        string t;\n        getline(ss, t, ',');\n        if (t == \"#\") return nullptr;\n        TreeNode* n = new TreeNode(stoi(t));\n        n->left = go(ss);\n        n->right = go(ss);\n        return n;\n    }\n};\n",
        ),
        (
            json!({"function": "negate", "params": [{"name": "grid", "type": "int[][]"}], "returns": "void", "output": {"param": "grid"}}),
            json!({"grid": [[1, -2], [0, 4]]}),
            json!([[-1, 2], [0, -4]]),
            "class Solution {\npublic:\n    void negate(vector<vector<int>>& grid) {\n        for (auto& row : grid) for (auto& x : row) x = -x;\n    }\n};\n",
        ),
        (
            json!({"function": "parent", "params": [{"name": "root", "type": "TreeNode"}, {"name": "p", "type": "TreeNode", "node_in": "root"}],
                   "returns": "TreeNode", "output": {"node_value": true}}),
            json!({"root": [5, 3, 8, 1], "p": 1}),
            json!(3),
            "class Solution {\npublic:\n    TreeNode* parent(TreeNode* root, TreeNode* p) {\n        if (!root) return nullptr;\n        if (root->left == p || root->right == p) return root;\n        TreeNode* l = parent(root->left, p);\n        return l ? l : parent(root->right, p);\n    }\n};\n",
        ),
        (
            json!({"function": "cycleStart", "params": [{"name": "head", "type": "ListNode"}, {"name": "pos", "type": "int", "cycle_in": "head"}], "returns": "int"}),
            json!({"head": [3, 2, 0, -4], "pos": 1}),
            json!(2),
            "class Solution {\npublic:\n    int cycleStart(ListNode *head) {\n        unordered_set<ListNode*> seen;\n        while (head && !seen.count(head)) { seen.insert(head); head = head->next; }\n        return head ? head->val : -1;\n    }\n};\n",
        ),
    ];
    assert_shapes_run(&prep, shapes, |slug, source| {
        let file = prep.solution(slug, "solution.cpp", source);
        prep.test_file(slug, &file)
    });
}

/// A call that throws fails its case with the call named; the next case is read from its
/// own start and accepted.
#[test]
fn an_exception_in_a_design_call_names_it_and_the_next_case_still_runs() {
    let prep = Prep::new();
    prep.problem(
        "guarded",
        json!({"class": "Guard", "constructor": [],
               "methods": [{"name": "take", "params": [{"name": "k", "type": "int"}, {"name": "s", "type": "string"}], "returns": "int"}]}),
        json!([
            {"input": {"ops": ["Guard", "take", "take", "take"], "args": [[], [1, "x y"], [-1, "bad"], [2, "z"]]}, "output": [null, 1, 0, 2]},
            {"input": {"ops": ["Guard", "take"], "args": [[], [7, "ok"]]}, "output": [null, 7]},
        ]),
        2000,
    );
    let file = prep.write(
        "solutions/guarded/solution.cpp",
        "class Guard {\npublic:\n    int take(int k, string s) {\n        if (k < 0) throw invalid_argument(\"negative k\");\n        return k;\n    }\n};\n",
    );
    let (doc, code) = prep.test_file("guarded", &file);
    assert_eq!(code, 1, "{doc}");
    let first = &doc["cases"][0];
    assert_eq!(first["verdict"], "runtime_error", "{doc}");
    let message = first["message"].as_str().unwrap();
    assert!(
        message.contains("negative k") && message.contains("in call 2: take(-1, \"bad\")"),
        "{message}"
    );
    assert_eq!(doc["cases"][1]["verdict"], "accepted", "{doc}");
}

#[test]
fn compile_errors_point_at_the_users_own_lines() {
    let prep = Prep::new();
    let file = prep.write(
        "solutions/two-sum/solution.cpp",
        "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        return {undeclared_name};\n    }\n};\n",
    );
    let (doc, code) = prep.test_file("two-sum", &file);
    assert_eq!(code, 1);
    assert_eq!(doc["verdict"], "compile_error");
    let output = doc["compile_output"].as_str().unwrap();
    let at = format!("{}:4:", file.display());
    assert!(
        output.contains(&at) && output.contains("undeclared_name"),
        "{output}"
    );
    assert!(!output.contains("prep-harness"), "{output}");

    // A signature that is not LeetCode's: the message says what prep calls.
    let wrong = prep.write(
        "solutions/two-sum/solution.cpp",
        "class Solution {\npublic:\n    vector<int> two_sum(vector<int>& nums, int target) { return {}; }\n};\n",
    );
    let (doc, _) = prep.test_file("two-sum", &wrong);
    let output = doc["compile_output"].as_str().unwrap();
    assert!(
        output.contains(
            "prep calls `vector<int> twoSum(vector<int>& nums, int target)` on `Solution`"
        ),
        "{output}"
    );
}

#[test]
fn exceptions_and_crashes_are_runtime_errors() {
    let prep = Prep::new();
    let throws = prep.write(
        "solutions/two-sum/solution.cpp",
        "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        return {nums.at(100), 0};\n    }\n};\n",
    );
    let (doc, code) = prep.submit_file("two-sum", &throws);
    assert_eq!(code, 1);
    assert_eq!(doc["verdict"], "runtime_error", "{doc}");
    let message = doc["cases"][0]["message"].as_str().unwrap();
    assert!(message.contains("std::out_of_range"), "{message}");

    let null = prep.write(
        "solutions/two-sum/solution.cpp",
        "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        volatile int* p = nullptr;\n        return {*p, 0};\n    }\n};\n",
    );
    let (doc, _) = prep.submit_file("two-sum", &null);
    assert_eq!(doc["verdict"], "runtime_error", "{doc}");
    assert_eq!(doc["cases"][0]["signal"], "SIGSEGV", "{doc}");
}

/// `prep test` runs C++ under AddressSanitizer, as LeetCode does: a read one past the end is
/// a runtime error with the sanitizer's report, where a plain -O2 build would likely pass.
#[test]
fn test_runs_under_address_sanitizer() {
    let prep = Prep::new();
    let file = prep.write(
        "solutions/two-sum/solution.cpp",
        "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        vector<int> copy(nums);\n        int* raw = copy.data();\n        volatile int past = raw[copy.size()];\n        for (int i = 0; i < (int)nums.size(); i++)\n            for (int j = i + 1; j < (int)nums.size(); j++)\n                if (nums[i] + nums[j] == target) return {i, j + (past & 0)};\n        return {};\n    }\n};\n",
    );
    let (doc, code) = prep.test_file("two-sum", &file);
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["verdict"], "runtime_error", "{doc}");
    let message = doc["cases"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("AddressSanitizer") && message.contains("heap-buffer-overflow"),
        "{message}"
    );
}

#[test]
fn prints_are_shown_beside_their_case() {
    let prep = Prep::new();
    let file = prep.write(
        "solutions/two-sum/solution.cpp",
        "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        cout << \"n=\" << nums.size() << endl;\n        printf(\"t=%d\\n\", target);\n        unordered_map<int, int> seen;\n        for (int i = 0; i < (int)nums.size(); i++) {\n            if (seen.count(target - nums[i])) return {seen[target - nums[i]], i};\n            seen[nums[i]] = i;\n        }\n        return {};\n    }\n};\n",
    );
    let (doc, code) = prep.test_file("two-sum", &file);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["cases"][0]["stdout"], "n=4\nt=11\n", "{doc}");
}

/// A build folder shared by every solution: the stored headers, a precompiled header (g++'s
/// `.gch`, clang's `.pch`).
fn is_shared(dir: &std::path::Path) -> bool {
    ["prep_pch.h", "prep_pch.h.gch", "prep_pch.h.pch"]
        .iter()
        .any(|f| dir.join(f).exists())
}

/// An unchanged file is not compiled again: its build folder is reused as it was.
#[test]
fn an_unchanged_file_reuses_its_build() {
    let prep = Prep::new();
    // Warm the shared cache (the precompiled header), then judge with a private copy of it.
    let file = prep.write(
        "solutions/two-sum/solution.cpp",
        "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        for (int i = 0;; i++) for (int j = i + 1; j < (int)nums.size(); j++) if (nums[i] + nums[j] == target) return {i, j};\n    }\n};\n",
    );
    let (doc, _) = prep.test_file("two-sum", &file);
    assert_eq!(doc["verdict"], "accepted", "{doc}");
    let private = tempfile::tempdir().unwrap();
    let builds = private.path().join("builds/cpp");
    std::fs::create_dir_all(&builds).unwrap();
    for entry in std::fs::read_dir(Prep::cache().join("builds/cpp")).unwrap() {
        let dir = entry.unwrap().path();
        // The precompiled headers; the stored headers are made again in the copy.
        let pch = ["prep_pch.h.gch", "prep_pch.h.pch"]
            .iter()
            .any(|f| dir.join(f).is_file());
        if pch && dir.join(".done").is_file() {
            let copy = builds.join(dir.file_name().unwrap());
            std::fs::create_dir_all(&copy).unwrap();
            for f in std::fs::read_dir(&dir).unwrap() {
                let f = f.unwrap().path();
                std::fs::copy(&f, copy.join(f.file_name().unwrap())).unwrap();
            }
        }
    }
    let folders = || -> Vec<std::path::PathBuf> {
        let mut v: Vec<_> = std::fs::read_dir(&builds)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| !is_shared(p))
            .collect();
        v.sort();
        v
    };
    let judge = || {
        let out = prep
            .cmd()
            .env("PREP_CACHE", private.path())
            .args([
                "test",
                "two-sum",
                "--file",
                file.to_str().unwrap(),
                "--json",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
    };
    judge();
    let first = folders();
    assert_eq!(first.len(), 1, "one build of the solution: {first:?}");
    let marker = std::fs::metadata(first[0].join(".done"))
        .unwrap()
        .modified()
        .unwrap();
    judge();
    assert_eq!(folders(), first);
    assert_eq!(
        std::fs::metadata(first[0].join(".done"))
            .unwrap()
            .modified()
            .unwrap(),
        marker
    );
}

/// Every seed problem's C++ scaffold builds and gets WRONG_ANSWER, never COMPILE_ERROR.
#[test]
fn scaffolds_build_and_get_wrong_answer() {
    let prep = Prep::new();
    for slug in [
        "two-sum",
        "min-stack",
        "reverse-linked-list",
        "linked-list-cycle",
        "lowest-common-ancestor-of-a-binary-search-tree",
        "number-of-islands",
        "clone-graph",
        "rotate-image",
        "median-of-two-sorted-arrays",
        "course-schedule-ii",
        "group-anagrams",
        "serialize-and-deserialize-binary-tree",
        "copy-list-with-random-pointer",
    ] {
        prep.cmd()
            .args(["solve", slug, "--lang", "cpp", "--no-watch"])
            .assert()
            .success();
        let (doc, code) = prep.json(&["test", slug, "--lang", "cpp", "--json"]);
        assert_eq!(code, 1, "{slug}: {doc}");
        assert_eq!(doc["verdict"], "wrong_answer", "{slug}: {doc}");
    }
}
