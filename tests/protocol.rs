//! Every language's harness against the judge–harness protocol (src/judge/protocol.rs): the
//! real toolchains build real solutions, and each harness is run twice. Once on its own, with
//! its records read off fd 3 by the protocol's own parser and checked record by record; once
//! through the judge with the header's limits changed, to show that each harness keeps the
//! limits the header sends rather than values of its own.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use prep::catalog::{Catalog, Problem};
use prep::judge::inputs::Input;
use prep::judge::protocol::{Header, Record, CASE_STDOUT_CAP, OUTPUT_LIMIT_ERROR};
use prep::judge::run::{run_batch, CaseLimits, CaseRun, Outcome};
use prep::judge::sandbox::{self, Spec};
use prep::lang::{language, Build, LangId, Program, Purpose, Source};
use serde_json::{json, Value};

/// A bound that stops a hung harness; no timing is asserted.
const HANG: Duration = Duration::from_secs(300);

fn two_sum() -> Problem {
    Catalog::load_one(None, "two-sum")
        .expect("the catalogue loads")
        .expect("two-sum is in the catalogue")
}

/// The built program of `text` in `id`, or a failure naming the missing toolchain.
fn build(id: LangId, problem: &Problem, text: &str, cache: &Path) -> Program {
    let lang = language(id);
    let toolchain = lang
        .toolchain(cache)
        .unwrap_or_else(|e| panic!("{id} is needed for this test: {e}"));
    let source = Source {
        display: format!("/tmp/{}", id.file_name()),
        text: text.into(),
    };
    match lang
        .build(problem, &source, &toolchain, cache, Purpose::Submit)
        .expect("the toolchain runs")
    {
        Build::Ready(program) => program,
        Build::CompileError(message) => panic!("{id}: does not compile:\n{message}"),
    }
}

/// Runs the harness outside the judge: the header and cases on stdin, every fd 3 line read
/// back with `Record::parse`.
fn records_of(program: &Program, header: &Header, cases: &[Value], dir: &Path) -> Vec<Record> {
    for (name, contents) in &program.files {
        std::fs::write(dir.join(name), contents).unwrap();
    }
    let spec = Spec {
        program: &program.program,
        args: &program.args,
        dir,
        cpu_backstop_s: 120,
        file_size: CASE_STDOUT_CAP * 2,
        address_space: program.address_space,
        stack: 256 << 20,
        env: &program.env,
        cgroup_procs: None,
        memory_procs: None,
    };
    let mut started = sandbox::start(&spec).expect("the harness starts");
    let mut stdin = started.child.stdin.take().unwrap();
    stdin.write_all(&header.line()).unwrap();
    for (k, input) in cases.iter().enumerate() {
        stdin.write_all(&program.encoding.encode(k, input)).unwrap();
    }
    drop(stdin);
    let (tx, rx) = mpsc::channel();
    let records = started.records;
    std::thread::spawn(move || {
        for line in BufReader::new(records).split(b'\n') {
            let Ok(line) = line else { break };
            if tx.send(Record::parse(&line)).is_err() {
                break;
            }
        }
    });
    let mut out = Vec::new();
    loop {
        match rx.recv_timeout(HANG) {
            Ok(record) => out.push(record),
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let _ = started.child.kill();
                panic!("the harness hung; records so far: {out:?}");
            }
        }
    }
    let _ = started.child.wait();
    out
}

/// What `text` gives on the first example of two-sum through the judge, with `header`.
fn judged(program: &Program, header: &Header, problem: &Problem) -> Outcome {
    let input = Input::from(problem.examples[0].input.clone());
    let limits = CaseLimits {
        cpu_ms: 10_000,
        memory_kb: problem.limits.memory_mb * 1024 + program.memory_allowance_kb,
    };
    let mut runs: Vec<CaseRun> = Vec::new();
    run_batch(program, header, &[(0, &input)], &|_| limits, &mut |run| {
        runs.push(run);
        true
    })
    .expect("the judge runs the harness");
    assert_eq!(runs.len(), 1, "one case, one result");
    runs.remove(0).outcome
}

#[test]
fn every_harness_writes_the_records_the_protocol_defines() {
    let problem = two_sum();
    let cache = tempfile::tempdir().unwrap();
    let cases = [
        json!({"nums": [2, 7, 11, 15], "target": 9}),
        json!({"nums": [3, 2, 4], "target": 6}),
    ];
    let expected = [json!([0, 1]), json!([1, 2])];
    for id in LangId::ALL {
        let lang = language(id);
        let program = build(id, &problem, lang.trial(), cache.path());
        let dir = tempfile::tempdir().unwrap();
        let header = lang.header(&problem);
        let records = records_of(&program, &header, &cases, dir.path());
        // loaded, then start k and done k for each case in turn, and nothing else.
        assert_eq!(records.len(), 1 + 2 * cases.len(), "{id}: {records:?}");
        assert_eq!(records[0], Record::Loaded, "{id}");
        for (k, want) in expected.iter().enumerate() {
            assert_eq!(records[1 + 2 * k], Record::Start(k), "{id}: {records:?}");
            let Record::Done(done_k, done) = &records[2 + 2 * k] else {
                panic!("{id}: expected done {k}, found {:?}", records[2 + 2 * k]);
            };
            assert_eq!(*done_k, k, "{id}");
            assert_eq!(done.value, *want, "{id}: case {k}");
            assert_eq!((&done.error, &done.bad_output), (&None, &None), "{id}");
            assert!(done.cpu_ms >= 0.0 && done.mem_kb > 0, "{id}: {done:?}");
            // During case k the user's stdout is ./stdout.k.
            assert!(
                dir.path().join(format!("stdout.{k}")).is_file(),
                "{id}: no stdout.{k}"
            );
        }
    }
}

/// Two-sum solutions that print 64 KiB before they answer.
fn printing(id: LangId) -> &'static str {
    match id {
        LangId::Python => "class Solution:\n    def twoSum(self, nums, target):\n        print('x' * 65536)\n        return [0, 1]\n",
        LangId::Java => "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        System.out.print(\"x\".repeat(65536));\n        return new int[] {0, 1};\n    }\n}\n",
        LangId::Cpp => "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        cout << string(65536, 'x');\n        return {0, 1};\n    }\n};\n",
        LangId::Rust => "impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        print!(\"{}\", \"x\".repeat(65536));\n        vec![0, 1]\n    }\n}\n",
        LangId::JavaScript => "var twoSum = function(nums, target) {\n    console.log('x'.repeat(65536));\n    return [0, 1];\n};\n",
        LangId::Go => "func twoSum(nums []int, target int) []int {\n    fmt.Print(strings.Repeat(\"x\", 65536))\n    return []int{0, 1}\n}\n",
        LangId::TypeScript => "function twoSum(nums: number[], target: number): number[] {\n    console.log('x'.repeat(65536));\n    return [0, 1];\n};\n",
    }
}

#[test]
fn every_harness_keeps_the_limits_the_header_sends() {
    let problem = two_sum();
    let cache = tempfile::tempdir().unwrap();
    for id in LangId::ALL {
        let lang = language(id);
        let program = build(id, &problem, printing(id), cache.path());
        let header = lang.header(&problem);
        assert_eq!(header.stdout_cap, CASE_STDOUT_CAP, "{id}");
        let outcome = judged(&program, &header, &problem);
        assert!(
            matches!(&outcome, Outcome::Value { value, .. } if *value == json!([0, 1])),
            "{id}: 64 KiB is under the usual cap: {outcome:?}"
        );
        // Under the file-size limit (twice the cap), so it is the cap that decides: Java and
        // JavaScript end the case themselves, the others leave it to the judge's count.
        let small = Header {
            stdout_cap: 48 << 10,
            ..header
        };
        let outcome = judged(&program, &small, &problem);
        assert_eq!(
            outcome,
            Outcome::OutputLimit,
            "{id}: 64 KiB is over a 48 KiB cap"
        );
    }
    // Java runs cases on a thread of its own, with the header's stack.
    let deep = "class Solution {\n    int depth(int n) {\n        return n == 0 ? 0 : 1 + depth(n - 1);\n    }\n    public int[] twoSum(int[] nums, int target) {\n        return new int[] {depth(200000) - 200000, 1};\n    }\n}\n";
    let program = build(LangId::Java, &problem, deep, cache.path());
    let header = language(LangId::Java).header(&problem);
    assert_eq!(header.case_stack, Some(64 << 20));
    let outcome = judged(&program, &header, &problem);
    assert!(
        matches!(&outcome, Outcome::Value { value, .. } if *value == json!([0, 1])),
        "200 000 frames fit in 64 MiB: {outcome:?}"
    );
    let small = Header {
        case_stack: Some(256 << 10),
        ..header
    };
    let outcome = judged(&program, &small, &problem);
    assert!(
        matches!(&outcome, Outcome::Error { kind, .. } if kind.contains("StackOverflowError")),
        "not in 256 KiB: {outcome:?}"
    );
}

#[test]
fn java_and_javascript_end_a_case_at_the_headers_cap_themselves() {
    // Their runtimes would swallow the file-size limit's error, so these harnesses count what
    // a case prints and end it with an OutputLimit error past the header's `stdout_cap`.
    let problem = two_sum();
    let cache = tempfile::tempdir().unwrap();
    let case = [json!({"nums": [2, 7], "target": 9})];
    for id in [LangId::Java, LangId::JavaScript] {
        let program = build(id, &problem, printing(id), cache.path());
        let header = language(id).header(&problem);
        let ends = |header: &Header| {
            let dir = tempfile::tempdir().unwrap();
            match records_of(&program, header, &case, dir.path()).as_slice() {
                [Record::Loaded, Record::Start(0), Record::Done(0, done)] => done.clone(),
                other => panic!("{id}: {other:?}"),
            }
        };
        let done = ends(&header);
        assert_eq!((done.value, done.error), (json!([0, 1]), None), "{id}");
        let done = ends(&Header {
            stdout_cap: 48 << 10,
            ..header
        });
        assert_eq!(
            done.error.map(|e| e.kind).as_deref(),
            Some(OUTPUT_LIMIT_ERROR),
            "{id}"
        );
    }
}
