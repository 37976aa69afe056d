// prep's Rust runtime: the static half of the harness (the generated `main.rs` is the other
// half). It reads the token stream on stdin (docs/design.md, "Token stream"), writes records
// on fd 3, points fd 1 at `stdout.k` during case k, times each case with the process's CPU
// clock and turns a panic into the case's error. Only the standard library: libc calls are
// declared here (std links libc).

use std::cell::{Cell, RefCell};
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::rc::Rc;

/// LeetCode's definitions, exactly (with `new` public: they live in a module here).
pub mod list_node {
    #[derive(PartialEq, Eq, Clone, Debug)]
    pub struct ListNode {
        pub val: i32,
        pub next: Option<Box<ListNode>>,
    }

    impl ListNode {
        #[inline]
        pub fn new(val: i32) -> Self {
            ListNode { next: None, val }
        }
    }
}

pub mod tree_node {
    use std::cell::RefCell;
    use std::rc::Rc;

    #[derive(Debug, PartialEq, Eq)]
    pub struct TreeNode {
        pub val: i32,
        pub left: Option<Rc<RefCell<TreeNode>>>,
        pub right: Option<Rc<RefCell<TreeNode>>>,
    }

    impl TreeNode {
        #[inline]
        pub fn new(val: i32) -> Self {
            TreeNode {
                val,
                left: None,
                right: None,
            }
        }
    }
}

/// What LeetCode's template implies (glob-imported, so the user's own `use` lines win).
pub mod prelude {
    pub use std::cell::RefCell;
    pub use std::rc::Rc;
}

pub mod solution {
    pub struct Solution;
}

use list_node::ListNode;
use tree_node::TreeNode;

type Tree = Option<Rc<RefCell<TreeNode>>>;

mod sys {
    #[repr(C)]
    pub struct Timespec {
        pub tv_sec: i64,
        pub tv_nsec: i64,
    }
    extern "C" {
        pub fn dup(fd: i32) -> i32;
        pub fn dup2(from: i32, to: i32) -> i32;
        pub fn close(fd: i32) -> i32;
        pub fn write(fd: i32, buf: *const u8, len: usize) -> isize;
        pub fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
        pub fn _exit(status: i32) -> !;
    }
    pub const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
}

/// The process's CPU time in milliseconds.
pub fn cpu_ms() -> f64 {
    let mut ts = sys::Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a plain system call writing into a local struct of the C layout.
    unsafe { sys::clock_gettime(sys::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 * 1000.0 + ts.tv_nsec as f64 / 1e6
}

fn vm_hwm_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        })
        .unwrap_or(0)
}

fn write_fd(fd: i32, bytes: &[u8]) {
    let mut rest = bytes;
    while !rest.is_empty() {
        // SAFETY: writes from a live slice.
        let n = unsafe { sys::write(fd, rest.as_ptr(), rest.len()) };
        if n <= 0 {
            return;
        }
        rest = &rest[n as usize..];
    }
}

/// One record on fd 3.
pub fn record(line: &str) {
    let mut s = String::with_capacity(line.len() + 1);
    s.push_str(line);
    s.push('\n');
    write_fd(3, s.as_bytes());
}

// ---- out of memory -------------------------------------------------------------------------

/// The case that runs (-1: none) and its CPU clock at start, for the allocator's last word.
static CURRENT: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(-1);
static STARTED_US: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

/// The system allocator; when it fails during a case (the address-space limit), the case ends
/// as a `MemoryError` (MEMORY_LIMIT) instead of an abort.
pub struct Alloc;

unsafe impl std::alloc::GlobalAlloc for Alloc {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        let p = std::alloc::System.alloc(layout);
        if p.is_null() {
            out_of_memory(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        let p = std::alloc::System.alloc_zeroed(layout);
        if p.is_null() {
            out_of_memory(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        std::alloc::System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, size: usize) -> *mut u8 {
        let p = std::alloc::System.realloc(ptr, layout, size);
        if p.is_null() {
            out_of_memory(size);
        }
        p
    }
}

/// A small formatter on the stack: nothing may be allocated once memory ran out.
struct StackBuf {
    buf: [u8; 256],
    len: usize,
}

impl StackBuf {
    fn push(&mut self, s: &[u8]) {
        for &b in s {
            if self.len < self.buf.len() {
                self.buf[self.len] = b;
                self.len += 1;
            }
        }
    }
    fn num(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.push(&digits[i..]);
    }
}

fn out_of_memory(size: usize) {
    let k = CURRENT.load(std::sync::atomic::Ordering::Relaxed);
    if k < 0 {
        return;
    }
    let used_us =
        (cpu_ms() * 1000.0) as i64 - STARTED_US.load(std::sync::atomic::Ordering::Relaxed);
    let mut b = StackBuf {
        buf: [0; 256],
        len: 0,
    };
    b.push(b"{\"ev\":\"done\",\"k\":");
    b.num(k as u64);
    b.push(b",\"error\":{\"type\":\"MemoryError\",\"message\":\"memory allocation of ");
    b.num(size as u64);
    b.push(b" bytes failed\"},\"cpu_ms\":");
    b.num((used_us.max(0) / 1000) as u64);
    b.push(b",\"mem_kb\":0}\n");
    write_fd(3, &b.buf[..b.len]);
    // SAFETY: ends the process at once; its user's stdout buffer is lost, which is fine.
    unsafe { sys::_exit(0) };
}

// ---- input ---------------------------------------------------------------------------------

/// The token stream, read whole before any case runs.
pub struct Input {
    data: Vec<u8>,
    pub pos: usize,
}

impl Input {
    fn word(&mut self) -> &[u8] {
        let d = &self.data;
        let mut i = self.pos;
        while i < d.len() && (d[i] == b' ' || d[i] == b'\n') {
            i += 1;
        }
        let start = i;
        while i < d.len() && d[i] != b' ' && d[i] != b'\n' {
            i += 1;
        }
        self.pos = i;
        &self.data[start..i]
    }

    fn text(&mut self) -> &str {
        std::str::from_utf8(self.word()).unwrap_or("")
    }

    pub fn int(&mut self) -> i64 {
        self.text().parse().unwrap_or(0)
    }

    pub fn len(&mut self) -> usize {
        self.text().parse().unwrap_or(0)
    }

    pub fn bytes(&mut self) -> &[u8] {
        let n = self.len();
        // Exactly one space between the length and the bytes.
        let start = (self.pos + 1).min(self.data.len());
        let end = (start + n).min(self.data.len());
        self.pos = end;
        &self.data[start..end]
    }

    pub fn string(&mut self) -> String {
        String::from_utf8_lossy(self.bytes()).into_owned()
    }

    /// The next case's index, or `None` at the end of the stream.
    pub fn next_case(&mut self) -> Option<usize> {
        let w = self.word();
        if w.is_empty() {
            return None;
        }
        std::str::from_utf8(w).ok()?.parse().ok()
    }

    /// A tree's level order: `None` for a null.
    fn level_order(&mut self) -> Vec<Option<i32>> {
        let n = self.len();
        (0..n)
            .map(|_| match self.word() {
                b"n" => None,
                w => Some(
                    std::str::from_utf8(w)
                        .ok()
                        .and_then(|t| t.parse().ok())
                        .unwrap_or(0),
                ),
            })
            .collect()
    }
}

/// A value read from the token stream.
pub trait Decode: Sized {
    fn decode(inp: &mut Input) -> Self;
}

impl Decode for i32 {
    fn decode(inp: &mut Input) -> Self {
        inp.int() as i32
    }
}

impl Decode for i64 {
    fn decode(inp: &mut Input) -> Self {
        inp.int()
    }
}

impl Decode for u32 {
    fn decode(inp: &mut Input) -> Self {
        inp.text().parse().unwrap_or(0)
    }
}

impl Decode for f64 {
    fn decode(inp: &mut Input) -> Self {
        inp.text().parse().unwrap_or(0.0)
    }
}

impl Decode for bool {
    fn decode(inp: &mut Input) -> Self {
        inp.word() == b"1"
    }
}

impl Decode for String {
    fn decode(inp: &mut Input) -> Self {
        inp.string()
    }
}

impl Decode for char {
    fn decode(inp: &mut Input) -> Self {
        inp.string().chars().next().unwrap_or('\0')
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(inp: &mut Input) -> Self {
        let n = inp.len();
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(T::decode(inp));
        }
        v
    }
}

impl Decode for Option<Box<ListNode>> {
    fn decode(inp: &mut Input) -> Self {
        let values: Vec<i32> = Decode::decode(inp);
        let mut head = None;
        for &val in values.iter().rev() {
            head = Some(Box::new(ListNode { val, next: head }));
        }
        head
    }
}

impl Decode for Tree {
    fn decode(inp: &mut Input) -> Self {
        tree_with_nodes(inp).0
    }
}

/// A tree and its nodes in level order.
pub fn tree_with_nodes(inp: &mut Input) -> (Tree, Vec<Rc<RefCell<TreeNode>>>) {
    let v = inp.level_order();
    let node = |x: i32| Rc::new(RefCell::new(TreeNode::new(x)));
    let root = match v.first() {
        Some(Some(x)) => node(*x),
        _ => return (None, Vec::new()),
    };
    let mut made = vec![root.clone()];
    let mut qi = 0;
    let mut i = 1;
    while i < v.len() && qi < made.len() {
        let parent = made[qi].clone();
        qi += 1;
        if let Some(x) = v[i] {
            let child = node(x);
            parent.borrow_mut().left = Some(child.clone());
            made.push(child);
        }
        i += 1;
        if i < v.len() {
            if let Some(x) = v[i] {
                let child = node(x);
                parent.borrow_mut().right = Some(child.clone());
                made.push(child);
            }
        }
        i += 1;
    }
    (Some(root), made)
}

/// The first node (in level order) of a tree with the value `val`.
pub fn find_node(nodes: &[Rc<RefCell<TreeNode>>], val: i64) -> Tree {
    nodes
        .iter()
        .find(|n| i64::from(n.borrow().val) == val)
        .cloned()
}

// ---- output --------------------------------------------------------------------------------

/// A value written as JSON; `Err` is a bad output (an answer that cannot be judged).
pub trait Encode {
    fn encode(&self, out: &mut String) -> Result<(), String>;
}

impl Encode for () {
    fn encode(&self, out: &mut String) -> Result<(), String> {
        out.push_str("null");
        Ok(())
    }
}

macro_rules! plain {
    ($($t:ty),*) => {$(
        impl Encode for $t {
            fn encode(&self, out: &mut String) -> Result<(), String> {
                let _ = write!(out, "{}", self);
                Ok(())
            }
        }
    )*};
}
plain!(i32, i64, u32, bool);

impl Encode for f64 {
    fn encode(&self, out: &mut String) -> Result<(), String> {
        if !self.is_finite() {
            return Err(format!("the answer holds a non-finite number ({self})"));
        }
        // The shortest form that reads back as the same double (`0.1`, `1e308`, `3.0`).
        let _ = write!(out, "{:?}", self);
        Ok(())
    }
}

pub fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encode for String {
    fn encode(&self, out: &mut String) -> Result<(), String> {
        json_string(out, self);
        Ok(())
    }
}

impl Encode for char {
    fn encode(&self, out: &mut String) -> Result<(), String> {
        let mut b = [0u8; 4];
        json_string(out, self.encode_utf8(&mut b));
        Ok(())
    }
}

impl<T: Encode> Encode for Vec<T> {
    fn encode(&self, out: &mut String) -> Result<(), String> {
        out.push('[');
        for (i, x) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            x.encode(out)?;
        }
        out.push(']');
        Ok(())
    }
}

impl Encode for Option<Box<ListNode>> {
    fn encode(&self, out: &mut String) -> Result<(), String> {
        out.push('[');
        let mut node = self;
        let mut first = true;
        while let Some(n) = node {
            if !first {
                out.push(',');
            }
            first = false;
            let _ = write!(out, "{}", n.val);
            node = &n.next;
        }
        out.push(']');
        Ok(())
    }
}

impl Encode for Tree {
    fn encode(&self, out: &mut String) -> Result<(), String> {
        let mut items: Vec<Option<i32>> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut queue: std::collections::VecDeque<Tree> = std::collections::VecDeque::new();
        queue.push_back(self.clone());
        while let Some(node) = queue.pop_front() {
            match node {
                None => items.push(None),
                Some(n) => {
                    if !seen.insert(Rc::as_ptr(&n)) {
                        return Err("the returned tree has a cycle or a shared node".into());
                    }
                    let n = n
                        .try_borrow()
                        .map_err(|_| "a node of the returned tree is still borrowed".to_string())?;
                    items.push(Some(n.val));
                    queue.push_back(n.left.clone());
                    queue.push_back(n.right.clone());
                }
            }
        }
        while items.last() == Some(&None) {
            items.pop();
        }
        out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            match x {
                Some(v) => {
                    let _ = write!(out, "{v}");
                }
                None => out.push_str("null"),
            }
        }
        out.push(']');
        Ok(())
    }
}

/// The JSON of a value.
pub fn encode<T: Encode>(value: &T) -> Result<String, String> {
    let mut out = String::new();
    value.encode(&mut out)?;
    Ok(out)
}

/// A returned node judged by its value.
pub fn node_value(node: &Tree) -> Result<String, String> {
    Ok(match node {
        Some(n) => n.borrow().val.to_string(),
        None => "null".into(),
    })
}

// ---- running cases -------------------------------------------------------------------------

thread_local! {
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The design-class call that runs: (index, number of ops, its position in the input).
    static CALL: Cell<Option<(usize, usize, usize)>> = const { Cell::new(None) };
}

pub fn set_call(i: usize, ops: usize, pos: usize) {
    CALL.with(|c| c.set(Some((i, ops, pos))));
}

pub fn clear_call() {
    CALL.with(|c| c.set(None));
}

/// The state of the run: where the real stdout is.
pub struct Run {
    real_stdout: i32,
}

/// Reads all of stdin (skipping the JSON header line), points fd 0 at /dev/null, installs
/// the panic hook and says `loaded`.
pub fn start() -> (Run, Input) {
    let display = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "solution.rs".into());
    let mut data = Vec::new();
    let mut stdin = std::io::stdin().lock();
    let mut chunk = vec![0u8; 1 << 16];
    loop {
        match stdin.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => data.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(std::time::Duration::from_millis(1))
            }
            Err(e) => {
                eprintln!("prep harness: cannot read the cases: {e}");
                break;
            }
        }
    }
    drop(stdin);
    let body = data
        .iter()
        .position(|&b| b == b'\n')
        .map_or(data.len(), |i| i + 1);
    if let Ok(null) = std::fs::File::open("/dev/null") {
        use std::os::fd::AsRawFd;
        // SAFETY: plain descriptor calls.
        unsafe { sys::dup2(null.as_raw_fd(), 0) };
    }
    let shown = display;
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "Box<dyn Any>".into());
        let place = info.location().map_or_else(String::new, |l| {
            let file = if l.file() == "solution.rs" {
                shown.as_str()
            } else {
                l.file()
            };
            format!(" at {}:{}:{}", file, l.line(), l.column())
        });
        let text = format!("panicked{place}:\n{message}");
        if CURRENT.load(std::sync::atomic::Ordering::Relaxed) < 0 {
            // Outside the user's code: prep's own fault, said on stderr.
            eprintln!("prep harness {text}");
        }
        PANIC.with(|p| *p.borrow_mut() = Some(text));
    }));
    // SAFETY: plain descriptor call.
    let real_stdout = unsafe { sys::dup(1) };
    record("{\"ev\":\"loaded\"}");
    (Run { real_stdout }, Input { data, pos: body })
}

/// Skips the rest of a design-class case after a call that failed, and describes that call.
pub type Describe = fn(&str, &mut Input) -> String;

impl Run {
    /// Runs case `k`: `f` calls the user's code and returns the judged value's JSON.
    pub fn case<F>(&self, inp: &mut Input, k: usize, describe: Option<Describe>, f: F)
    where
        F: FnOnce(&mut Input) -> Result<String, String>,
    {
        let _ = std::io::stdout().flush();
        if let Ok(file) = std::fs::File::create(format!("stdout.{k}")) {
            use std::os::fd::AsRawFd;
            // SAFETY: plain descriptor calls; `file` closes its own descriptor.
            unsafe { sys::dup2(file.as_raw_fd(), 1) };
        }
        PANIC.with(|p| *p.borrow_mut() = None);
        clear_call();
        record(&format!("{{\"ev\":\"start\",\"k\":{k}}}"));
        let t0 = cpu_ms();
        STARTED_US.store((t0 * 1000.0) as i64, std::sync::atomic::Ordering::Relaxed);
        CURRENT.store(k as i64, std::sync::atomic::Ordering::Relaxed);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&mut *inp)));
        let cpu = cpu_ms() - t0;
        CURRENT.store(-1, std::sync::atomic::Ordering::Relaxed);
        let _ = std::io::stdout().flush();
        // SAFETY: plain descriptor call.
        unsafe { sys::dup2(self.real_stdout, 1) };
        // A failed design-class call: name it, and skip the calls after it.
        let call = CALL.with(|c| c.take()).and_then(|(i, ops, pos)| {
            let describe = describe?;
            inp.pos = pos;
            let name = inp.string();
            let args = describe(&name, inp);
            for _ in i + 1..ops {
                let name = inp.string();
                describe(&name, inp);
            }
            Some(format!("in call {i}: {name}({args})"))
        });
        let mut done = format!("{{\"ev\":\"done\",\"k\":{k},");
        match result {
            Ok(Ok(json)) => {
                done.push_str("\"value\":");
                done.push_str(&json);
                done.push_str(",\"aliased\":false");
            }
            Ok(Err(why)) => {
                done.push_str("\"bad_output\":");
                json_string(&mut done, &why);
            }
            Err(_) => {
                let mut message = PANIC
                    .with(|p| p.borrow_mut().take())
                    .unwrap_or_else(|| "panicked".into());
                if let Some(call) = call {
                    message.push_str(&format!("\n({call})"));
                }
                done.push_str("\"error\":{\"type\":\"panic\",\"message\":");
                json_string(&mut done, &message);
                done.push('}');
            }
        }
        let _ = write!(done, ",\"cpu_ms\":{:.3},\"mem_kb\":{}}}", cpu, vm_hwm_kb());
        record(&done);
    }
}
