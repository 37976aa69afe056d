//! The house layout of problem.json and cases.json: two-space indent, and any value whose
//! compact form fits the line on one line, so a case reads as one line and a file of a
//! hundred cases stays reviewable.

use serde_json::Value;

const WIDTH: usize = 100;
/// Array elements at most this long (in compact form) are packed several to a line.
const PACKED: usize = 24;

/// Formats a value in the house layout, with a final newline.
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    write(value, 0, 0, &mut out);
    out.push('\n');
    out
}

/// Compact with a space after `,` and `:`.
fn compact(value: &Value) -> String {
    match value {
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(compact).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(map) => format!(
            "{{{}}}",
            map.iter()
                .map(|(k, v)| format!("{}: {}", Value::String(k.clone()), compact(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    }
}

/// Writes `value` at `indent`, where `used` columns of the current line are taken already.
fn write(value: &Value, indent: usize, used: usize, out: &mut String) {
    let flat = compact(value);
    if used + flat.len() <= WIDTH {
        out.push_str(&flat);
        return;
    }
    let pad = " ".repeat(indent + 2);
    match value {
        Value::Array(items)
            if items
                .iter()
                .all(|v| (!v.is_array() && !v.is_object()) || compact(v).len() <= PACKED) =>
        {
            // Scalars and short values (pairs, triplets): fill lines.
            out.push('[');
            let mut line = String::new();
            for (i, item) in items.iter().enumerate() {
                let text = compact(item) + if i + 1 < items.len() { "," } else { "" };
                if !line.is_empty() && pad.len() + line.len() + 1 + text.len() > WIDTH {
                    out.push('\n');
                    out.push_str(&pad);
                    out.push_str(line.trim_end());
                    line.clear();
                }
                line.push_str(&text);
                line.push(' ');
            }
            if !line.is_empty() {
                out.push('\n');
                out.push_str(&pad);
                out.push_str(line.trim_end());
            }
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            out.push(']');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push('\n');
                out.push_str(&pad);
                write(item, indent + 2, pad.len(), out);
                if i + 1 < items.len() {
                    out.push(',');
                }
            }
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                out.push('\n');
                out.push_str(&pad);
                let key = format!("{}: ", Value::String(k.clone()));
                out.push_str(&key);
                write(v, indent + 2, pad.len() + key.len(), out);
                if i + 1 < map.len() {
                    out.push(',');
                }
            }
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn short_values_stay_on_one_line() {
        let v = json!({"tests": [{"name": "a", "input": {"nums": [1, 2]}, "output": [0, 1]}]});
        assert_eq!(
            to_string(&v),
            "{\"tests\": [{\"name\": \"a\", \"input\": {\"nums\": [1, 2]}, \"output\": [0, 1]}]}\n"
        );
    }

    #[test]
    fn short_inner_arrays_are_packed() {
        let triplets: Vec<Value> = (0..60).map(|i| json!([i, -i, 0])).collect();
        let text = to_string(&Value::Array(triplets.clone()));
        assert!(text.lines().count() < 20, "{text}");
        assert!(text.lines().all(|l| l.len() <= WIDTH), "{text}");
        assert_eq!(
            serde_json::from_str::<Value>(&text).unwrap(),
            Value::Array(triplets)
        );
    }

    #[test]
    fn long_values_break_and_round_trip() {
        let big: Vec<i64> = (0..100).collect();
        let v = json!({"slug": "x", "generated": [{"name": "large", "expected": [big]}]});
        let text = to_string(&v);
        assert!(text.lines().all(|l| l.len() <= WIDTH), "{text}");
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), v);
    }
}
