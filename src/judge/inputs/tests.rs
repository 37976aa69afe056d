use std::sync::{Arc, Barrier};

use serde_json::{json, Value};

use super::{Encoding, Form, Input, InputCache};
use crate::catalog::generators::Spec;
use crate::catalog::problem::Generated;

fn group(params: Value, seed: u64) -> Generated {
    Generated {
        name: "large".into(),
        spec: Spec::new("two_sum", params.as_object().unwrap()).unwrap(),
        seed,
        count: 3,
        expected: Vec::new(),
    }
}

fn made(g: &Generated) -> Vec<Value> {
    (0..u64::from(g.count))
        .map(|i| g.spec.case(g.seed, i).unwrap())
        .collect()
}

fn entries(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut all: Vec<_> = std::fs::read_dir(dir.join("inputs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    all.sort();
    all
}

/// What the cache gives: each case's value and its stdin record in every encoding.
fn served(cache: &InputCache, g: &Generated) -> Vec<(Value, Vec<u8>, Vec<u8>)> {
    let inputs = cache.group(g).unwrap();
    (0..inputs.len())
        .map(|i| {
            let input = Input::Generated(inputs.clone(), i);
            let (mut json, mut marshal) = (Vec::new(), Vec::new());
            input.encode(&Encoding::JsonLines, i, &mut json);
            input.encode(&Encoding::PyMarshal, i, &mut marshal);
            (input.value().clone(), json, marshal)
        })
        .collect()
}

fn expected(g: &Generated) -> Vec<(Value, Vec<u8>, Vec<u8>)> {
    made(g)
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let json = Encoding::JsonLines.encode(i, &v);
            let marshal = Encoding::PyMarshal.encode(i, &v);
            (v, json, marshal)
        })
        .collect()
}

#[test]
fn a_second_open_reads_the_entry_and_serves_the_generators_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let g = group(json!({"n": 2000}), 7);
    let cache = InputCache::new(dir.path());
    assert_eq!(served(&cache, &g), expected(&g));
    let files = entries(dir.path());
    assert_eq!(files.len(), 2, "a JSON and a marshal form: {files:?}");
    // A new process's view: nothing in memory, everything read from the files.
    let again = InputCache::new(dir.path()).group(&g).unwrap();
    assert!(again.made.get().is_none(), "read, not generated");
    assert_eq!(served(&cache, &g), expected(&g));
    assert_eq!(entries(dir.path()), files);
    // The report's cut-down input and the size are the plain value's.
    let input = Input::Generated(again, 1);
    let value = made(&g)[1].clone();
    assert_eq!(input.shown(), crate::judge::report::shown(&value));
    assert_eq!(input.json_len(), value.to_string().len());
}

#[test]
fn a_changed_version_params_or_seed_is_a_new_entry() {
    let dir = tempfile::tempdir().unwrap();
    let cache = InputCache::new(dir.path());
    let g = group(json!({"n": 50}), 1);
    let version = g.spec.version();
    cache.open(&g, version).unwrap();
    assert_eq!(entries(dir.path()).len(), 1);
    cache.open(&g, version).unwrap();
    assert_eq!(entries(dir.path()).len(), 1, "the same key is a hit");
    cache.open(&g, version + 1).unwrap();
    assert_eq!(entries(dir.path()).len(), 2, "a new version misses");
    let other_params = group(json!({"n": 51}), 1);
    assert_eq!(served(&cache, &other_params), expected(&other_params));
    let other_seed = group(json!({"n": 50}), 2);
    assert_eq!(served(&cache, &other_seed), expected(&other_seed));
    assert_ne!(expected(&other_seed), expected(&g));
    // Each of those wrote its JSON and marshal forms.
    assert_eq!(entries(dir.path()).len(), 6);
}

#[test]
fn a_damaged_entry_is_never_served_and_is_made_again() {
    let dir = tempfile::tempdir().unwrap();
    let g = group(json!({"n": 3000}), 9);
    served(&InputCache::new(dir.path()), &g);
    let files = entries(dir.path());
    type Damage<'a> = &'a dyn Fn(&mut Vec<u8>);
    let damages: [Damage; 4] = [
        &|b| {
            let mid = b.len() / 2;
            b[mid] ^= 0x20;
        },
        &|b| b.truncate(b.len() - 1),
        &|b| b.truncate(10),
        &|b| b.clear(),
    ];
    for damage in damages {
        for file in &files {
            let mut bytes = std::fs::read(file).unwrap();
            damage(&mut bytes);
            std::fs::write(file, &bytes).unwrap();
            assert!(
                Form::read(file, 3).is_none(),
                "{} read as whole",
                file.display()
            );
        }
        assert_eq!(served(&InputCache::new(dir.path()), &g), expected(&g));
        for file in &files {
            assert!(
                Form::read(file, 3).is_some(),
                "{} not made again",
                file.display()
            );
        }
    }
}

#[test]
fn concurrent_writers_leave_a_whole_entry() {
    let dir = tempfile::tempdir().unwrap();
    let g = Arc::new(group(json!({"n": 20000}), 3));
    let start = Arc::new(Barrier::new(6));
    let writers: Vec<_> = (0..6)
        .map(|_| {
            let (dir, g, start) = (dir.path().to_path_buf(), g.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                served(&InputCache::new(&dir), &g)
            })
        })
        .collect();
    for writer in writers {
        assert_eq!(writer.join().unwrap(), expected(&g));
    }
    let files = entries(dir.path());
    assert_eq!(files.len(), 2, "no temporary file left: {files:?}");
    for file in files {
        assert!(Form::read(&file, 3).is_some());
    }
    assert_eq!(served(&InputCache::new(dir.path()), &g), expected(&g));
}

#[test]
fn the_cache_stays_under_its_bound_by_dropping_the_oldest() {
    let dir = tempfile::tempdir().unwrap();
    let first = group(json!({"n": 5000}), 1);
    InputCache::new(dir.path()).group(&first).unwrap();
    let one = std::fs::metadata(&entries(dir.path())[0]).unwrap().len();
    // Room for about two entries of this size.
    let cache = InputCache::bounded(dir.path(), one * 5 / 2);
    for seed in 2..6 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        cache.group(&group(json!({"n": 5000}), seed)).unwrap();
    }
    let files = entries(dir.path());
    let total: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).unwrap().len())
        .sum();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(total <= one * 5 / 2);
    // The newest stays: opening it again reads it, it is not made again.
    let newest = cache.group(&group(json!({"n": 5000}), 5)).unwrap();
    assert!(newest.made.get().is_none());
}

#[test]
fn without_a_folder_inputs_are_made_in_memory() {
    let g = group(json!({"n": 100}), 4);
    assert_eq!(served(&InputCache::none(), &g), expected(&g));
}
