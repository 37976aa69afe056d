//! Case inputs, and the cache of generated ones.
//!
//! Making the large generated inputs was most of prep's own time per submit (about 200 ms of
//! a 290 ms two-sum, issue #17), and the inputs never change between submits. So a generated
//! group's inputs are made once and stored in the cache folder (`$PREP_CACHE/inputs/`), keyed
//! by the generator's name and version (a digest of its code, `Spec::version`), its
//! parameters, the seed and the count. Each entry is written in the form a harness reads
//! (`Encoding::payload`: JSON, marshal for Python, the token stream per signature), and the
//! judge streams those bytes to the harness as they are (`Encoding::frame`). The JSON form
//! is always there: it also holds each case's cut-down form for the report and its size, and
//! the value itself is parsed from it only when a checker needs it.
//!
//! An entry is one file: a table, the bytes, and a SHA-256 of both at the end. A file that is
//! short, damaged or of another format is never served: the group is made again and the file
//! replaced. Writes go to a temporary file in the same folder, renamed over the entry, so
//! concurrent prep processes (a parallel `verify`) each leave a whole file. The folder is held
//! under `LIMIT` bytes by removing the entries used longest ago (a hit renews an entry's
//! modification time). Where the folder cannot be written, inputs are made in memory as before.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use serde_json::Value;
use sha2::{Digest as _, Sha256};

use super::report;
use crate::catalog::problem::Generated;
use crate::lang::Encoding;

/// The cache's size bound.
pub const LIMIT: u64 = 256 << 20;
/// What a file starts with; the number is the file format's version.
const MAGIC: &[u8; 16] = b"prep-inputs v1\n\0";
const DIGEST: usize = 32;
/// Temporary files older than this were left by a killed prep.
const STALE_TEMP: Duration = Duration::from_secs(3600);

/// Where generated inputs are cached.
#[derive(Debug, Clone)]
pub struct InputCache {
    /// `None`: nothing is stored (inputs are made in memory each time).
    dir: Option<PathBuf>,
    limit: u64,
}

impl InputCache {
    /// The cache in `cache_dir/inputs`, bounded by `LIMIT`.
    pub fn new(cache_dir: &Path) -> InputCache {
        InputCache::bounded(cache_dir, LIMIT)
    }

    /// The cache in `cache_dir/inputs`, bounded by `limit` bytes.
    pub fn bounded(cache_dir: &Path, limit: u64) -> InputCache {
        InputCache {
            dir: Some(cache_dir.join("inputs")),
            limit,
        }
    }

    /// No cache: every input made in memory.
    pub fn none() -> InputCache {
        InputCache {
            dir: None,
            limit: 0,
        }
    }

    /// The inputs of a generated group; its JSON form is read from the cache, or made now and
    /// stored (the generator's error, if it has one, comes out here).
    pub fn group(&self, g: &Generated) -> Result<Arc<GroupInputs>, String> {
        self.open(g, g.spec.version())
    }

    /// `group` with the generator's version given.
    fn open(&self, g: &Generated, version: u64) -> Result<Arc<GroupInputs>, String> {
        let mut key = Sha256::new();
        key.update(MAGIC);
        key.update(g.spec.name().as_bytes());
        key.update(version.to_le_bytes());
        key.update(Value::Object(g.spec.raw().clone()).to_string().as_bytes());
        key.update(g.seed.to_le_bytes());
        key.update(g.count.to_le_bytes());
        let key: String = key.finalize()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let group = GroupInputs {
            spec: g.spec.clone(),
            seed: g.seed,
            count: g.count as usize,
            key,
            cache: self.clone(),
            forms: Mutex::new(HashMap::new()),
            made: OnceLock::new(),
            values: (0..g.count).map(|_| OnceLock::new()).collect(),
        };
        group.form(&Encoding::JsonLines)?;
        Ok(Arc::new(group))
    }

    fn path(&self, key: &str, form: &str) -> Option<PathBuf> {
        Some(self.dir.as_ref()?.join(format!("{key}.{form}")))
    }

    /// Removes the entries used longest ago until the folder is under its limit, and
    /// temporary files left by a killed prep. Another prep may remove the same files at the
    /// same time: whatever is already gone is skipped.
    fn evict(&self) {
        let Some(dir) = &self.dir else { return };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let now = SystemTime::now();
        let mut files: Vec<(SystemTime, u64, PathBuf)> = Vec::new();
        for entry in entries.flatten() {
            let Ok(meta) = entry.metadata() else { continue };
            let modified = meta.modified().unwrap_or(now);
            let temp = entry.file_name().to_string_lossy().starts_with(".tmp");
            if temp {
                if now.duration_since(modified).unwrap_or_default() > STALE_TEMP {
                    let _ = std::fs::remove_file(entry.path());
                }
                continue;
            }
            files.push((modified, meta.len(), entry.path()));
        }
        let mut total: u64 = files.iter().map(|f| f.1).sum();
        files.sort();
        for (_, len, path) in files {
            if total <= self.limit {
                break;
            }
            let _ = std::fs::remove_file(path);
            total = total.saturating_sub(len);
        }
    }
}

/// One generated group's inputs.
pub struct GroupInputs {
    spec: crate::catalog::generators::Spec,
    seed: u64,
    count: usize,
    key: String,
    cache: InputCache,
    /// The forms read or made so far, by `Encoding::form`.
    forms: Mutex<HashMap<String, Arc<Form>>>,
    /// The values, when this process made them.
    made: OnceLock<Vec<Value>>,
    /// Each case's value, parsed from the JSON form when asked for.
    values: Vec<OnceLock<Value>>,
}

impl std::fmt::Debug for GroupInputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GroupInputs({:?}, {})", self.spec, self.key)
    }
}

impl GroupInputs {
    /// The number of cases.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether the group has no case.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The group in `encoding`'s form: from memory, from the cache, or made now.
    fn form(&self, encoding: &Encoding) -> Result<Arc<Form>, String> {
        let name = encoding.form();
        let mut forms = self
            .forms
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(form) = forms.get(&name) {
            return Ok(form.clone());
        }
        let path = self.cache.path(&self.key, &name);
        let cached = path
            .as_deref()
            .and_then(|p| Form::read(p, self.count))
            .map(Arc::new);
        let form = match cached {
            Some(form) => {
                // Renew its place in the eviction order.
                if let Some(file) =
                    path.and_then(|p| std::fs::File::options().write(true).open(p).ok())
                {
                    let _ = file.set_modified(SystemTime::now());
                }
                form
            }
            None => {
                let form = Arc::new(Form::make(self.values_made()?, encoding));
                if let Some(path) = &path {
                    if crate::paths::write_atomic(path, &form.bytes).is_ok() {
                        self.cache.evict();
                    }
                }
                form
            }
        };
        forms.insert(name, form.clone());
        Ok(form)
    }

    /// Every case's value, made by the generator (once per process).
    fn values_made(&self) -> Result<&[Value], String> {
        if let Some(values) = self.made.get() {
            return Ok(values);
        }
        let values = (0..self.count as u64)
            .map(|i| self.spec.case(self.seed, i))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(self.made.get_or_init(|| values))
    }

    fn json(&self) -> Arc<Form> {
        // Read or made when the group was opened; only a generator that fails now but did
        // not then (impossible: it is deterministic) would make this fail.
        self.form(&Encoding::JsonLines)
            .expect("the JSON form was made when the group was opened")
    }
}

/// One form of a group, as stored: the file's bytes and where each case lies in them.
struct Form {
    bytes: Vec<u8>,
    cases: Vec<Span>,
}

/// A case in a form's file.
struct Span {
    /// The case's cut-down JSON for the report (in the JSON form only).
    shown: Range<usize>,
    /// Whether `shown` was cut.
    cut: bool,
    /// The byte length of the case's whole JSON.
    json_len: u64,
    payload: Range<usize>,
}

impl Form {
    /// The file of `values` in `encoding`'s form: the magic, the case count, per case its
    /// `cut` flag, JSON length, shown length and payload length, then the shown parts and
    /// payloads in case order, then the SHA-256 of everything before it.
    fn make(values: &[Value], encoding: &Encoding) -> Form {
        let json = matches!(encoding, Encoding::JsonLines);
        let mut table = Vec::new();
        let mut body = Vec::new();
        table.extend_from_slice(MAGIC);
        table.extend_from_slice(&(values.len() as u64).to_le_bytes());
        for value in values {
            let payload = encoding.payload(value);
            let json_len = if json {
                payload.len()
            } else {
                value.to_string().len()
            };
            let (shown, cut) = if json {
                let (shown, cut) = report::shown(value);
                (shown.to_string().into_bytes(), cut)
            } else {
                (Vec::new(), false)
            };
            table.push(u8::from(cut));
            table.extend_from_slice(&(json_len as u64).to_le_bytes());
            table.extend_from_slice(&(shown.len() as u64).to_le_bytes());
            table.extend_from_slice(&(payload.len() as u64).to_le_bytes());
            body.extend_from_slice(&shown);
            body.extend_from_slice(&payload);
        }
        table.extend_from_slice(&body);
        let digest = Sha256::digest(&table);
        table.extend_from_slice(&digest);
        Form::parse(table, values.len()).expect("a form just made reads back")
    }

    /// The form in `path`, when it is whole, of this format and has `count` cases.
    fn read(path: &Path, count: usize) -> Option<Form> {
        Form::parse(std::fs::read(path).ok()?, count)
    }

    fn parse(bytes: Vec<u8>, count: usize) -> Option<Form> {
        let body_end = bytes.len().checked_sub(DIGEST)?;
        if bytes.len() < MAGIC.len() + 8 + DIGEST || &bytes[..MAGIC.len()] != MAGIC {
            return None;
        }
        if Sha256::digest(&bytes[..body_end])[..] != bytes[body_end..] {
            return None;
        }
        let mut at = MAGIC.len();
        let u64_at = |at: &mut usize| -> Option<u64> {
            let v = u64::from_le_bytes(bytes.get(*at..*at + 8)?.try_into().ok()?);
            *at += 8;
            Some(v)
        };
        if u64_at(&mut at)? != count as u64 {
            return None;
        }
        let mut heads = Vec::with_capacity(count);
        for _ in 0..count {
            let cut = *bytes.get(at)? != 0;
            at += 1;
            let json_len = u64_at(&mut at)?;
            let shown = usize::try_from(u64_at(&mut at)?).ok()?;
            let payload = usize::try_from(u64_at(&mut at)?).ok()?;
            heads.push((cut, json_len, shown, payload));
        }
        let mut cases = Vec::with_capacity(count);
        for (cut, json_len, shown, payload) in heads {
            let shown_end = at.checked_add(shown)?;
            let payload_end = shown_end.checked_add(payload)?;
            if payload_end > body_end {
                return None;
            }
            cases.push(Span {
                shown: at..shown_end,
                cut,
                json_len,
                payload: shown_end..payload_end,
            });
            at = payload_end;
        }
        (at == body_end).then_some(Form { bytes, cases })
    }

    fn payload(&self, i: usize) -> &[u8] {
        &self.bytes[self.cases[i].payload.clone()]
    }
}

/// A case's input: a value given as it is (examples, tests, the user's cases), or a case of a
/// generated group, whose bytes come from the cache.
#[derive(Debug, Clone)]
pub enum Input {
    Value(Value),
    Generated(Arc<GroupInputs>, usize),
}

impl From<Value> for Input {
    fn from(value: Value) -> Input {
        Input::Value(value)
    }
}

impl Input {
    /// The input as a value (parsed from the cache on first use).
    pub fn value(&self) -> &Value {
        match self {
            Input::Value(value) => value,
            Input::Generated(group, i) => group.values[*i].get_or_init(|| {
                if let Some(made) = group.made.get() {
                    return made[*i].clone();
                }
                let json = group.json();
                serde_json::from_slice(json.payload(*i))
                    .ok()
                    .or_else(|| group.spec.case(group.seed, *i as u64).ok())
                    .unwrap_or(Value::Null)
            }),
        }
    }

    /// The input as a value, parsed again rather than kept: for a reader that looks at each
    /// case once (verify's rule check), so a catalogue's large inputs are not all held at once.
    pub fn value_once(&self) -> std::borrow::Cow<'_, Value> {
        match self {
            Input::Generated(group, i) if group.values[*i].get().is_none() => {
                let json = group.json();
                match serde_json::from_slice(json.payload(*i)) {
                    Ok(value) => std::borrow::Cow::Owned(value),
                    Err(_) => std::borrow::Cow::Borrowed(self.value()),
                }
            }
            _ => std::borrow::Cow::Borrowed(self.value()),
        }
    }

    /// Case `k`'s stdin record in `encoding`.
    pub fn encode(&self, encoding: &Encoding, k: usize, out: &mut Vec<u8>) {
        match self {
            Input::Value(value) => encoding.frame(k, &encoding.payload(value), out),
            Input::Generated(group, i) => match group.form(encoding) {
                Ok(form) => encoding.frame(k, form.payload(*i), out),
                Err(_) => encoding.frame(k, &encoding.payload(self.value()), out),
            },
        }
    }

    /// The input as a report shows it (large values cut) and whether it was cut.
    pub fn shown(&self) -> (Value, bool) {
        match self {
            Input::Value(value) => report::shown(value),
            Input::Generated(group, i) => {
                let json = group.json();
                let span = &json.cases[*i];
                match serde_json::from_slice(&json.bytes[span.shown.clone()]) {
                    Ok(shown) => (shown, span.cut),
                    Err(_) => report::shown(self.value()),
                }
            }
        }
    }

    /// The length of the input's compact JSON.
    pub fn json_len(&self) -> usize {
        match self {
            Input::Value(value) => value.to_string().len(),
            Input::Generated(group, i) => group.json().cases[*i].json_len as usize,
        }
    }
}

#[cfg(test)]
mod tests;
