//! Case inputs in CPython's `marshal` format, which the Python harness loads an order of
//! magnitude faster than JSON (issue #17: 6.5 MB of design-class calls took 290 ms to parse
//! with `json.loads`; `marshal.loads` of the same values is a C loop with no text to scan).
//!
//! Only plain values are written, with type codes that every CPython from 3.4 on reads
//! (marshal version 4 without back-references): `None`, booleans, ints (`i` within 32 bits,
//! `l` as 15-bit digits beyond), floats (`g`, binary), strings (`z` for short ASCII, `u`
//! otherwise), lists and dicts. A JSON value and its marshalled form decode to equal Python
//! values, so the harness sees the same input whichever it is sent.

use serde_json::Value;

/// `value` marshalled.
pub fn dumps(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    write(&mut out, value);
    out
}

fn write(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Null => out.push(b'N'),
        Value::Bool(true) => out.push(b'T'),
        Value::Bool(false) => out.push(b'F'),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                int(out, i128::from(i));
            } else if let Some(u) = n.as_u64() {
                int(out, i128::from(u));
            } else {
                out.push(b'g');
                out.extend_from_slice(&n.as_f64().unwrap_or(0.0).to_le_bytes());
            }
        }
        Value::String(s) => {
            if s.is_ascii() && s.len() < 256 {
                out.push(b'z');
                out.push(s.len() as u8);
            } else {
                out.push(b'u');
                len(out, s.len());
            }
            out.extend_from_slice(s.as_bytes());
        }
        Value::Array(items) => {
            out.push(b'[');
            len(out, items.len());
            for item in items {
                write(out, item);
            }
        }
        Value::Object(map) => {
            out.push(b'{');
            for (key, item) in map {
                write(out, &Value::String(key.clone()));
                write(out, item);
            }
            out.push(b'0');
        }
    }
}

fn len(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u32).to_le_bytes());
}

/// An int: 32 bits when it fits, else CPython's long form (the count of 15-bit digits, negative
/// for a negative number, then the digits from the lowest; the highest is never 0).
fn int(out: &mut Vec<u8>, n: i128) {
    if let Ok(small) = i32::try_from(n) {
        out.push(b'i');
        out.extend_from_slice(&small.to_le_bytes());
        return;
    }
    let mut magnitude = n.unsigned_abs();
    let mut digits = Vec::new();
    while magnitude > 0 {
        digits.push((magnitude & 0x7fff) as u16);
        magnitude >>= 15;
    }
    out.push(b'l');
    let count = digits.len() as i32;
    out.extend_from_slice(&(if n < 0 { -count } else { count }).to_le_bytes());
    for digit in digits {
        out.extend_from_slice(&digit.to_le_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::dumps;
    use serde_json::json;
    use std::io::Write as _;
    use std::process::{Command, Stdio};

    /// CPython reads back every kind of value as `json.loads` reads its JSON.
    #[test]
    fn cpython_loads_what_json_would() {
        let values = [
            json!(null),
            json!([
                true,
                false,
                0,
                -1,
                7,
                2147483647,
                -2147483648,
                2147483648_i64
            ]),
            json!([
                i64::MAX,
                i64::MIN,
                u64::MAX,
                -1_000_000_000_000_i64,
                1_i64 << 45
            ]),
            json!([0.5, -1e300, 1.0, 3.25]),
            json!(["", "a b", "ünï", "x".repeat(300), "日本"]),
            json!({"ops": ["TimeMap", "set"], "args": [[], ["k", "v", 1]], "nested": {"a": [[]]}}),
        ];
        for value in values {
            let code = "import sys, json, marshal\n\
                data = sys.stdin.buffer.read()\n\
                a, b = data.split(b'\\0', 1)\n\
                x, y = json.loads(a), marshal.loads(b)\n\
                sys.exit(0 if x == y and repr(x) == repr(y) else 1)\n";
            crate::tools::need("python");
            let mut child = Command::new("python3")
                .args(["-c", code])
                .stdin(Stdio::piped())
                .spawn()
                .expect("python3 runs");
            let mut stdin = child.stdin.take().unwrap();
            stdin.write_all(value.to_string().as_bytes()).unwrap();
            stdin.write_all(b"\0").unwrap();
            stdin.write_all(&dumps(&value)).unwrap();
            drop(stdin);
            assert!(child.wait().unwrap().success(), "differs for {value}");
        }
    }
}
