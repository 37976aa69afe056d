//! The user's file as the build's `solution.go`. A LeetCode Go solution has no package clause
//! and may use the standard packages without importing them (LeetCode adds the imports):
//! prep puts `package main` and the missing imports on a line of their own before the file,
//! then a `//line` directive, so every line keeps its number under the user's own path.

use std::fmt::Write as _;

/// The user's file's name in positions (`go build` would rewrite a path outside the build
/// folder relative to it): messages and the runtime put the user's own path in its place.
pub(super) const FILE: &str = "solution.go";

/// Standard packages a solution may use without importing them: the name it is used by, its
/// path, and one of its functions (a `var _ =` use of it, so that a name that only looked
/// like the package's is never an unused import).
const AUTOMATIC: &[(&str, &str, &str)] = &[
    ("sort", "sort", "Ints"),
    ("strings", "strings", "Join"),
    ("strconv", "strconv", "Itoa"),
    ("math", "math", "Abs"),
    ("fmt", "fmt", "Sprint"),
    ("heap", "container/heap", "Init"),
    ("list", "container/list", "New"),
    ("bits", "math/bits", "OnesCount"),
    ("rand", "math/rand", "Intn"),
    ("unicode", "unicode", "IsDigit"),
    ("bytes", "bytes", "Equal"),
    ("slices", "slices", "Reverse[[]int]"),
    ("maps", "maps", "Clone[map[int]int]"),
    ("cmp", "cmp", "Compare[int]"),
    ("errors", "errors", "New"),
    ("os", "os", "Exit"),
];

/// `solution.go`: the user's file in `package main` with the imports it left out.
pub(super) fn solution_file(text: &str) -> String {
    let clause = split_package_clause(text);
    let body = clause.map_or(text, |(_, after)| after);
    let imported = imported_names(text);
    let declared = top_level_names(text);
    let missing: Vec<&(&str, &str, &str)> = AUTOMATIC
        .iter()
        .filter(|(name, _, _)| {
            uses(body, name) && !imported.iter().any(|i| i == name) && !declared.contains(name)
        })
        .collect();
    let mut head = String::from("package main;");
    if !missing.is_empty() {
        let paths: Vec<String> = missing.iter().map(|(_, p, _)| format!("{p:?}")).collect();
        let _ = write!(head, " import ({})", paths.join("; "));
    }
    let mut out = String::new();
    if let Some((before, after)) = clause {
        // The user's own clause line becomes ours; the lines after it keep their numbers.
        let next = before.lines().count() + 2;
        let _ = write!(out, "{before}{head}\n//line {FILE}:{next}:1\n{after}");
    } else {
        out.push_str(&head);
        let _ = write!(out, "\n//line {FILE}:1:1\n{body}");
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    if !missing.is_empty() {
        out.push_str("\n//line prep-imports:1\n");
        for (name, _, function) in missing {
            let _ = writeln!(out, "var _ = {name}.{function}");
        }
    }
    out
}

/// The file split around its own package clause, when it has one (its first line of code):
/// the comments before it and the lines after it.
fn split_package_clause(text: &str) -> Option<(&str, &str)> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if t.is_empty() || t.starts_with("//") {
            offset += line.len();
            continue;
        }
        if t.starts_with("package ") {
            return Some((&text[..offset], &text[offset + line.len()..]));
        }
        break;
    }
    None
}

/// The names the file imports packages under (their last path element, or the alias).
fn imported_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut in_block = false;
    for line in text.lines() {
        let t = line.trim();
        let spec = if in_block {
            if t.starts_with(')') {
                in_block = false;
                continue;
            }
            t
        } else if let Some(rest) = t.strip_prefix("import") {
            let rest = rest.trim();
            if let Some(inner) = rest.strip_prefix('(') {
                in_block = !inner.contains(')');
                inner.trim_end_matches(')')
            } else {
                rest
            }
        } else {
            continue;
        };
        for part in spec.split(';') {
            let part = part.trim();
            let Some(quote) = part.find('"') else {
                continue;
            };
            let alias = part[..quote].trim();
            let path = part[quote..].trim_matches(|c| c == '"' || c == ' ');
            let path = path.split('"').next().unwrap_or(path);
            names.push(if alias.is_empty() {
                path.rsplit('/').next().unwrap_or(path).to_string()
            } else {
                alias.to_string()
            });
        }
    }
    names
}

/// Names the file declares at the top level (`func max`, `type heap`, `var list`).
fn top_level_names(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| {
            let rest = ["func ", "type ", "var ", "const "]
                .iter()
                .find_map(|k| line.strip_prefix(k))?;
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            Some(&rest[..end])
        })
        .collect()
}

/// Whether `name.` appears as a qualified use (not as the end of a longer name).
fn uses(text: &str, name: &str) -> bool {
    let pattern = format!("{name}.");
    text.match_indices(&pattern).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + pattern.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
            && after.is_some_and(|c| c.is_ascii_uppercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leetcode_file_gets_its_package_and_imports_and_keeps_its_lines() {
        let text = "func f(a []int) int {\n    sort.Ints(a)\n    return a[0]\n}\n";
        let out = solution_file(text);
        assert!(
            out.starts_with("package main; import (\"sort\")\n//line solution.go:1:1\nfunc f"),
            "{out}"
        );
        assert!(out.ends_with("var _ = sort.Ints\n"), "{out}");
    }

    #[test]
    fn own_imports_and_package_clauses_are_kept() {
        let text = "package main\n\nimport (\n\t\"sort\"\n\tstr \"strings\"\n)\n\nfunc f() { sort.Ints(nil); str.Join(nil, \"\"); strings.x() }\n";
        let out = solution_file(text);
        assert!(
            out.starts_with("package main;\n//line solution.go:2:1\n\nimport ("),
            "{out}"
        );
        // `strings.x` is lowercase: not a use of the package.
        assert!(!out.contains("var _"), "{out}");
    }

    #[test]
    fn a_local_name_is_not_a_package() {
        let text = "type heap []int\nfunc f(h heap) { h.Len(); myheap.Push(1) }\n";
        assert!(!solution_file(text).contains("import"));
    }
}
