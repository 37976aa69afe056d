//! The hostile suite, one function a program family, each run on a `Prep` of the backend
//! under test: `tests/hostile.rs` (the system's own backend) and `tests/portable.rs` (the
//! portable one) call them. Each solution gets its verdict within its limit plus a margin,
//! leaves no process behind, and the next solution is judged right away.

use std::time::Duration;

use serde_json::Value;

use super::Prep;

pub fn a_fork_bomb_is_contained_and_cleaned_up(prep: &Prep) {
    // Bounded, so a failure of the containment cannot take the machine down.
    let (report, took) = prep.judge(
        "import os, time\nclass Solution:\n    def add(self, a, b):\n        n = 0\n        for _ in range(3000):\n            try:\n                if os.fork() == 0:\n                    time.sleep(120)\n                    os._exit(0)\n                n += 1\n                print('made', n, flush=True)\n            except OSError:\n                break\n        while True:\n            pass\n",
    );
    // The count first: with the cap gone the bomb may end otherwise (a memory limit once
    // hundreds of forks are charged), and the failure should name the cap.
    prep.assert_made_at_most_the_cap("fork-bomb (py)", &report);
    assert_eq!(report["verdict"], "time_limit_exceeded", "{report}");
    assert!(took < super::secs(20), "{took:?}");
    prep.still_judges();
}

pub fn a_daemonised_grandchild_does_not_survive(prep: &Prep) {
    let (report, took) = prep.judge(
        "import os, time\nclass Solution:\n    def add(self, a, b):\n        if os.fork() == 0:\n            os.setsid()\n            if os.fork() == 0:\n                time.sleep(300)\n            os._exit(0)\n        return a + b\n",
    );
    assert_eq!(report["verdict"], "accepted", "{report}");
    assert!(took < super::secs(20), "{took:?}");
    prep.still_judges();
}

/// A memory bomb (1 MB at a time, in Python) is MEMORY_LIMIT, shown with its peak, and
/// leaves nothing behind.
pub fn a_memory_bomb_is_a_memory_limit_with_its_peak(prep: &Prep) {
    let (report, took) = prep.judge(
        "class Solution:\n    def add(self, a, b):\n        xs = []\n        while True:\n            xs.append(bytearray(1 << 20))\n",
    );
    assert_eq!(report["verdict"], "memory_limit_exceeded", "{report}");
    super::assert_peak_near_the_limit("memory-bomb (py)", &report);
    assert!(took < super::secs(20), "{took:?}");
    prep.still_judges();
}

pub fn no_network_even_to_loopback(prep: &Prep) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let (report, _) = prep.judge(&format!(
        "import socket\nclass Solution:\n    def add(self, a, b):\n        socket.create_connection(('127.0.0.1', {port}), timeout=2).close()\n        return a + b\n"
    ));
    assert_eq!(report["verdict"], "runtime_error", "{report}");
    assert!(
        listener.accept().is_err(),
        "the solution reached the listener"
    );
    prep.still_judges();
}

pub fn a_solution_writing_into_home_touches_only_its_run_folder(prep: &Prep) {
    let (report, _) = prep.judge(
        "import os\nclass Solution:\n    def add(self, a, b):\n        open(os.path.join(os.environ['HOME'], 'planted.txt'), 'w').write('x')\n        return a + b\n",
    );
    assert_eq!(report["verdict"], "accepted", "{report}");
    assert!(!prep.home.path().join("planted.txt").exists());
    let real_home = std::env::var_os("HOME")
        .map(std::path::PathBuf::from)
        .unwrap();
    assert!(!real_home.join("planted.txt").exists());
}

/// The hostile suite of the hardening issue, in Python and C++: each program gets its verdict
/// within its limit plus a margin, leaves nothing running, and the next solution is judged
/// at once. The problem's limit is 500 ms of CPU (1.5x: 750 ms; wall backstop 2.5 s).
pub fn hostile(prep: &Prep, file: &str, source: &str, verdict: &str, within: Duration) -> Value {
    hostile_bomb(prep, None, file, source, verdict, within)
}

/// `hostile` of a bomb named `bomb` (when it is one): the tasks it made are held to the cap,
/// checked before the verdict, which a bomb over the cap may miss for another reason.
pub fn hostile_bomb(
    prep: &Prep,
    bomb: Option<&str>,
    file: &str,
    source: &str,
    verdict: &str,
    within: Duration,
) -> Value {
    let (report, took) = prep.judge_in(file, source);
    if let Some(name) = bomb {
        prep.assert_made_at_most_the_cap(name, &report);
    }
    assert_eq!(report["verdict"], verdict, "{file}: {report}");
    assert!(took < within, "{file}: took {took:?}");
    let survivors = prep.survivors();
    assert!(survivors.is_empty(), "{file}: left running: {survivors:?}");
    let (next, _) = prep.judge_in(
        "solution.cpp",
        "class Solution {\npublic:\n    long long add(int a, int b) { return (long long)a + b; }\n};\n",
    );
    assert_eq!(next["verdict"], "accepted", "after {file}: {next}");
    report
}

/// Each hostile program in Python and C++: (name, Python body of `add`, C++ source, verdict).
pub fn hostile_programs_get_their_verdicts_in_python_and_cpp(prep: &Prep) {
    let py = |body: &str| {
        format!("import os, sys, time, threading, signal\nclass Solution:\n    def add(self, a, b):\n{body}\n")
    };
    let cpp = |body: &str| {
        format!("#include <unistd.h>\n#include <signal.h>\nclass Solution {{\npublic:\n    long long add(int a, int b) {{\n{body}\n    }}\n}};\n")
    };
    let within = super::secs(40);
    // (name, Python, C++, verdict; a Python verdict of its own where the runtimes differ).
    let cases: Vec<(&str, String, String, &str)> = vec![
        ("cpu-spin", py("        while True:\n            pass"), cpp("        volatile long long x = 0;\n        while (true) x++;\n        return 0;"), "time_limit_exceeded"),
        ("sleep-forever", py("        time.sleep(600)"), cpp("        sleep(600);\n        return 0;"), "time_limit_exceeded"),
        ("read-stdin", py("        return int(sys.stdin.read() or 0) + a + b"), cpp("        string s;\n        cin >> s;\n        return (long long)a + b + s.size();"), "accepted"),
        ("thread-bomb", py("        n = 0\n        for _ in range(3000):\n            try:\n                threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\n                n += 1\n                print('made', n, flush=True)\n            except RuntimeError:\n                break\n        while True:\n            pass"), cpp("        int n = 0;\n        for (int i = 0; i < 3000; i++) {\n            try { std::thread([] { sleep(60); }).detach(); n++; } catch (...) { break; }\n            cout << \"made \" << n << endl;\n        }\n        while (true) {}\n        return 0;"), "time_limit_exceeded"),
        ("heap-bomb", py("        xs = []\n        while True:\n            xs.append(bytearray(1 << 20))"), cpp("        vector<vector<char>> xs;\n        while (true) xs.emplace_back(1 << 20, 'x');\n        return 0;"), "memory_limit_exceeded"),
        ("stdout-flood", py("        while True:\n            print('x' * 1000)"), cpp("        string line(1000, 'x');\n        while (true) cout << line << '\\n';\n        return 0;"), "output_limit_exceeded"),
        ("stderr-flood", py("        while True:\n            sys.stderr.write('x' * 1000)"), cpp("        string line(1000, 'x');\n        while (true) cerr << line;\n        return 0;"), "output_limit_exceeded"),
        ("segfault", py("        import ctypes\n        ctypes.string_at(0)"), cpp("        volatile int* p = nullptr;\n        return *p;"), "runtime_error"),
        // Deep recursion is allowed (LeetCode solutions need it): a runaway one in Python is
        // stopped by its memory (Python frames live on the heap); in C++ it overflows the
        // stack, which is as large as the memory limit (AddressSanitizer reports it).
        ("stack-overflow", py("        def f(n):\n            return f(n + 1) + 1\n        return f(0)"), cpp("        volatile char pad[512];\n        pad[a & 511] = 1;\n        return add(a + 1, b) + pad[(a + 1) & 511];"), "runtime_error"),
        ("abort", py("        os.abort()"), cpp("        abort();"), "runtime_error"),
        ("uncaught-exception", py("        raise ValueError('no')"), cpp("        throw runtime_error(\"no\");"), "runtime_error"),
        ("exit-zero-early", py("        os._exit(0)"), cpp("        _exit(0);"), "runtime_error"),
        ("kill-parent", py("        os.kill(os.getppid(), 9)\n        return a + b"), cpp("        kill(getppid(), SIGKILL);\n        return (long long)a + b;"), "accepted"),
        ("own-alarm", py("        signal.signal(signal.SIGALRM, lambda *_: None)\n        signal.alarm(1)\n        return a + b"), cpp("        signal(SIGALRM, [](int) {});\n        alarm(1);\n        return (long long)a + b;"), "accepted"),
    ];
    for (name, python, cpp_source, verdict) in cases {
        let py_verdict = if name == "stack-overflow" {
            "memory_limit_exceeded"
        } else {
            verdict
        };
        let bomb = |language: &str| (name == "thread-bomb").then(|| format!("{name} ({language})"));
        let report = hostile_bomb(
            prep,
            bomb("py").as_deref(),
            "solution.py",
            &python,
            py_verdict,
            within,
        );
        if name == "segfault" || name == "abort" {
            assert!(report["cases"][0]["signal"].is_string(), "{name}: {report}");
        }
        if name == "heap-bomb" {
            super::assert_peak_near_the_limit("heap-bomb (py)", &report);
        }
        hostile_bomb(
            prep,
            bomb("cpp").as_deref(),
            "solution.cpp",
            &cpp_source,
            verdict,
            within,
        );
    }
}

/// A fork bomb in C++ (bounded) is contained by the run's process budget.
pub fn a_cpp_fork_bomb_and_daemon_are_contained(prep: &Prep) {
    hostile_bomb(
        prep,
        Some("fork-bomb (cpp)"),
        "solution.cpp",
        "#include <unistd.h>\nclass Solution {\npublic:\n    long long add(int a, int b) {\n        int n = 0;\n        for (int i = 0; i < 3000; i++) {\n            pid_t p = fork();\n            if (p == 0) { sleep(120); _exit(0); }\n            if (p < 0) break;\n            n++;\n            cout << \"made \" << n << endl;\n        }\n        while (true) {}\n    }\n};\n",
        "time_limit_exceeded",
        super::secs(40),
    );
    hostile(
        prep,
        "solution.cpp",
        "#include <unistd.h>\nclass Solution {\npublic:\n    long long add(int a, int b) {\n        if (fork() == 0) { setsid(); if (fork() == 0) sleep(300); _exit(0); }\n        return (long long)a + b;\n    }\n};\n",
        "accepted",
        super::secs(40),
    );
}

/// A C++ program that needs more than its memory in static storage: a memory limit, not a
/// failure of prep, whether it touches the array (`test`, under the sanitizers) or the
/// timed build cannot even be loaded under its address-space limit (`submit`).
pub fn a_huge_static_array_is_a_memory_limit(prep: &Prep) {
    let source = "static char big[1500000000];\nclass Solution {\npublic:\n    long long add(int a, int b) {\n        memset(big, 1, sizeof big);\n        asm volatile(\"\" : : \"r\"(big) : \"memory\");\n        return (long long)a + b + big[7] - 1;\n    }\n};\n";
    let (report, took) = prep.judge_in("solution.cpp", source);
    assert_eq!(report["verdict"], "memory_limit_exceeded", "{report}");
    assert!(took < super::secs(60), "{took:?}");
    let (report, _, code) = prep.run("submit", "solution.cpp", source);
    assert_eq!(report["verdict"], "memory_limit_exceeded", "{report}");
    assert_eq!(code, 1);
}

/// Compile-time bombs and error floods are capped: a compile error that says so, soon.
pub fn compile_bombs_and_error_floods_are_capped(prep: &Prep) {
    let flood = format!(
        "class Solution {{\npublic:\n    long long add(int a, int b) {{\n{}        return 0;\n    }}\n}};\n",
        "        undefined_name_here();\n".repeat(5000)
    );
    let (report, took) = prep.judge_in("solution.cpp", &flood);
    assert_eq!(report["verdict"], "compile_error", "{report}");
    assert!(report["compile_output"].as_str().unwrap().len() < 70_000);
    assert!(took < super::secs(60), "{took:?}");
    // Templates that instantiate without end, stopped by the compile limits.
    let bomb = "template <int N> struct Boom { static const long long v = Boom<N - 1>::v + Boom<N - 2>::v; };\ntemplate <> struct Boom<0> { static const long long v = 1; };\ntemplate <> struct Boom<1> { static const long long v = 1; };\n#define X(n) Boom<n>::v +\nclass Solution {\npublic:\n    long long add(int a, int b) { return Boom<100000>::v; }\n};\n";
    let (report, took) = prep.judge_in("solution.cpp", bomb);
    assert_eq!(report["verdict"], "compile_error", "{report}");
    assert!(took < super::secs(200), "{took:?}");
}
