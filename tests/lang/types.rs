//! The types table: every type of the problem format goes into a language's harness and
//! comes back unchanged, through an echo solution (`tests/fixtures/lang/echo/`, with `TYPE`
//! where a typed language spells the type).

use prep::lang::LangId;
use serde_json::{json, Value};

use crate::common::Prep;

/// One row: a type, its values, and how Java, C++ and Rust spell it (`None`: the language
/// cannot express it, for the reason in the comment beside it). Python and JavaScript take
/// every row, and TypeScript spells each (`typescript`).
struct Row {
    ty: &'static str,
    values: Value,
    java: Option<&'static str>,
    cpp: Option<&'static str>,
    rust: Option<&'static str>,
}

fn row(ty: &'static str, spelled: [&'static str; 3], values: Value) -> Row {
    let spell = |s: &'static str| (!s.is_empty()).then_some(s);
    Row {
        ty,
        values,
        java: spell(spelled[0]),
        cpp: spell(spelled[1]),
        rust: spell(spelled[2]),
    }
}

#[rustfmt::skip]
fn rows() -> Vec<Row> {
    vec![
        //   type                  Java                    C++                              Rust
        row("int",                ["int",                 "int",                           "i32"], json!([0, 2147483647, -2147483648])),
        row("long",               ["long",                "long long",                     "i64"], json!([i64::MAX, i64::MIN, 9007199254740993_i64])),
        row("uint32",             ["int",                 "uint32_t",                      "u32"], json!([0, 4294967295_u64])),
        row("double",             ["double",              "double",                        "f64"], json!([0.1, -2.5e-300, 1e308, 3.0, -0.5])),
        row("bool",               ["boolean",             "bool",                          "bool"], json!([true, false])),
        row("string",             ["String",              "string",                        "String"], json!([
            "", "quote \" backslash \\ newline \n tab \t \u{1}", "héllo 中文 🙂", "  spaces  \n\n",
            "12345678901234567890",
        ])),
        row("char",               ["char",                "char",                          "char"], json!(["a", "z", "\"", " "])),
        // A C++ `char` is one byte.
        row("char",               ["char",                "",                              "char"], json!(["é"])),
        // A Java `char` is one UTF-16 unit: only the Basic Multilingual Plane fits.
        row("char",               ["",                    "",                              "char"], json!(["🙂"])),
        row("int[]",              ["int[]",               "vector<int>",                   "Vec<i32>"], json!([[], [1, -2, 3]])),
        row("int[][]",            ["int[][]",             "vector<vector<int>>",           "Vec<Vec<i32>>"], json!([[], [[]], [[1, -2], [3]]])),
        row("char[][]",           ["char[][]",            "vector<vector<char>>",          "Vec<Vec<char>>"], json!([[["1", "0"], ["0", "1"]]])),
        row("string[]",           ["String[]",            "vector<string>",                "Vec<String>"], json!([["a b", "", "ç"]])),
        row("list<list<string>>", ["List<List<String>>",  "vector<vector<string>>",        "Vec<Vec<String>>"], json!([[["eat", "tea"], [""]]])),
        row("list<int[]>",        ["List<int[]>",         "vector<vector<int>>",           "Vec<Vec<i32>>"], json!([[[1, 2], []]])),
        row("list<bool>",         ["List<Boolean>",       "vector<bool>",                  "Vec<bool>"], json!([[true, false]])),
        row("bool[]",             ["boolean[]",           "vector<bool>",                  "Vec<bool>"], json!([[true, false]])),
        row("double[]",           ["double[]",            "vector<double>",                "Vec<f64>"], json!([[0.5, -1.25, -1e-5, 1e-7, 1.0, 2.5, -1e-9]])),
        row("long[]",             ["long[]",              "vector<long long>",             "Vec<i64>"], json!([[i64::MIN, 0, i64::MAX, -3]])),
        row("ListNode",           ["ListNode",            "ListNode*",                     "Option<Box<ListNode>>"], json!([[], [1], [5, -4, 3, 3]])),
        row("ListNode[]",         ["ListNode[]",          "vector<ListNode*>",             "Vec<Option<Box<ListNode>>>"], json!([[], [[], [1, 2], [3]]])),
        row("TreeNode",           ["TreeNode",            "TreeNode*",                     "Option<Rc<RefCell<TreeNode>>>"], json!([
            [], [1], [1, null, 2, 3], [3, 9, 20, null, null, 15, 7], [1, 2, null, 3, null, 4],
        ])),
        // Rust has no graph `Node` (LeetCode offers no such problem in Rust).
        row("Node",               ["Node",                "Node*",                         ""], json!([[], [[]], [[2, 4], [1, 3], [2, 4], [1, 3]]])),
        row("RandomNode",         ["Node",                "Node*",                         ""], json!([
            [], [[7, null], [13, 0], [11, 4], [10, 2], [1, 0]], [[1, 0]],
        ])),
    ]
}

/// How `lang` spells `row`'s type, when it can.
fn spelled(row: &Row, lang: LangId) -> Option<&'static str> {
    match lang {
        LangId::Python | LangId::JavaScript => Some(""),
        LangId::TypeScript => Some(typescript(row.ty)),
        LangId::Java => row.java,
        LangId::Cpp => row.cpp,
        LangId::Rust => row.rust,
        // Go's `byte` is one byte, as C++'s `char`: Go takes the rows C++ takes.
        LangId::Go => row
            .cpp
            .map(|_| &*Box::leak(go_type(row.ty).into_boxed_str())),
    }
}

/// How Go spells a type of the problem format (LeetCode's Go template).
fn go_type(ty: &str) -> String {
    if let Some(inner) = ty.strip_suffix("[]") {
        return format!("[]{}", go_type(inner));
    }
    if let Some(inner) = ty.strip_prefix("list<").and_then(|t| t.strip_suffix('>')) {
        return format!("[]{}", go_type(inner));
    }
    match ty {
        "long" => "int64",
        "double" => "float64",
        "char" => "byte",
        "ListNode" => "*ListNode",
        "TreeNode" => "*TreeNode",
        "Node" | "RandomNode" => "*Node",
        other => other,
    }
    .to_string()
}

/// How LeetCode's TypeScript spells a type of the problem format (every row has one).
fn typescript(ty: &str) -> &'static str {
    fn spell(ty: &str) -> String {
        if let Some(inner) = ty.strip_suffix("[]") {
            return array(&spell(inner));
        }
        if let Some(inner) = ty.strip_prefix("list<").and_then(|t| t.strip_suffix('>')) {
            return array(&spell(inner));
        }
        match ty {
            "int" | "long" | "uint32" | "double" => "number".into(),
            "bool" => "boolean".into(),
            "string" | "char" => "string".into(),
            "ListNode" | "TreeNode" => format!("{ty} | null"),
            _ => "_Node | null".into(),
        }
    }
    fn array(inner: &str) -> String {
        if inner.contains('|') {
            format!("Array<{inner}>")
        } else {
            format!("{inner}[]")
        }
    }
    Box::leak(spell(ty).into_boxed_str())
}

/// Sends each row `lang` can express through an echo solution: the failures.
pub fn round_trips(lang: LangId) -> Vec<String> {
    let prep = Prep::new();
    let template = std::fs::read_to_string(
        crate::fixtures()
            .join("echo")
            .join(format!("echo.{}", crate::extension(lang))),
    )
    .unwrap();
    let table: Vec<(Row, &str)> = rows()
        .into_iter()
        .filter_map(|row| spelled(&row, lang).map(|s| (row, s)))
        .collect();
    assert!(
        table.iter().any(|(row, _)| row.ty == "int[]"),
        "the {lang} table lacks int[]"
    );
    let mut failures = Vec::new();
    for (i, (row, spelling)) in table.iter().enumerate() {
        let slug = format!("echo-{i}");
        let values = row.values.as_array().unwrap();
        let examples: Vec<Value> = values
            .iter()
            .map(|v| json!({"input": {"x": v}, "output": v}))
            .collect();
        prep.problem(
            &slug,
            json!({"function": "echo", "params": [{"name": "x", "type": row.ty}], "returns": row.ty}),
            examples,
            2000,
        );
        let file = prep.solution(&slug, lang.file_name(), &template.replace("TYPE", spelling));
        let (doc, code) = prep.test_file(&slug, &file);
        let label = format!("types/{} {} ({lang})", row.ty, row.values);
        failures.extend(
            compare(&doc, code, values)
                .into_iter()
                .map(|why| format!("{label}: {why}\n  document: {doc}")),
        );
    }
    failures
}

/// What is wrong with a round trip's report: each value must come back accepted, as itself,
/// in its own case; a missing report or case, or one too many, is a failure.
fn compare(doc: &Value, code: i32, values: &[Value]) -> Vec<String> {
    let mut failures = Vec::new();
    if code != 0 {
        failures.push(format!("exit {code}, not 0"));
    }
    let Some(reported) = doc["cases"].as_array() else {
        return vec!["no cases reported".into()];
    };
    if reported.len() != values.len() {
        failures.push(format!(
            "{} case(s) reported for {} value(s)",
            reported.len(),
            values.len()
        ));
    }
    for (i, value) in values.iter().enumerate() {
        match reported.get(i) {
            None => failures.push(format!("case {i} ({value}) is missing")),
            Some(case) if case["verdict"] != "accepted" || &case["actual"] != value => failures
                .push(format!(
                    "case {i}: sent {value}, got {} ({})",
                    case["actual"], case["verdict"]
                )),
            Some(_) => {}
        }
    }
    failures
}

#[test]
fn a_round_trip_fails_on_a_missing_report_or_case() {
    let values = [json!(1), json!(2)];
    let case = |v: Value| json!({"verdict": "accepted", "actual": v});
    let whole = json!({"cases": [case(json!(1)), case(json!(2))]});
    assert!(compare(&whole, 0, &values).is_empty());
    let short = json!({"cases": [case(json!(1))]});
    assert_eq!(compare(&short, 0, &values).len(), 2, "a missing case");
    assert!(!compare(&json!({}), 0, &values).is_empty(), "no report");
    let wrong = json!({"cases": [case(json!(1)), case(json!(3))]});
    assert!(!compare(&wrong, 0, &values).is_empty(), "a changed value");
    assert!(!compare(&whole, 1, &values).is_empty(), "a failing exit");
    let long = json!({"cases": [case(json!(1)), case(json!(2)), case(json!(2))]});
    assert!(!compare(&long, 0, &values).is_empty(), "one case too many");
}
