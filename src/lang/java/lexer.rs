//! The user's Java file as javac gets it, and what prep reads from it: the implicit imports on
//! its first line, a package line blanked, the name of its public class. A small lexer blanks
//! comments and literals so that words inside them are not taken for code.

/// LeetCode's implicit imports, put in front of the user's first line (on that line, so the
/// line numbers of the user's file stay right; a repeated on-demand import is legal).
pub(super) const IMPORTS: &str =
    "import java.util.*; import java.util.function.*; import java.util.stream.*; ";

/// The user's text as compiled: the implicit imports on its first line; a `package` line (an
/// IDE's habit; LeetCode has none) blanked out, keeping the line count.
pub(super) fn user_text(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut text = text.to_string();
    if let Some((start, end)) = package_statement(&text) {
        let blank: String = text[start..end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        text.replace_range(start..end, &blank);
    }
    format!("{IMPORTS}{text}")
}

/// The code of `text` with comments, strings and character literals replaced by spaces (the
/// same byte offsets; newlines kept).
fn code_only(text: &str) -> Vec<u8> {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let mut i = 0;
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            let end = b[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |p| i + p);
            blank(&mut out, i, end);
            i = end;
        } else if b[i..].starts_with(b"/*") {
            let end = b[i + 2..]
                .windows(2)
                .position(|w| w == b"*/")
                .map_or(b.len(), |p| i + 2 + p + 2);
            blank(&mut out, i, end);
            i = end;
        } else if b[i..].starts_with(b"\"\"\"") {
            let end = b[i + 3..]
                .windows(3)
                .position(|w| w == b"\"\"\"")
                .map_or(b.len(), |p| i + 3 + p + 3);
            blank(&mut out, i, end);
            i = end;
        } else if b[i] == b'"' || b[i] == b'\'' {
            let quote = b[i];
            let mut j = i + 1;
            while j < b.len() && b[j] != quote && b[j] != b'\n' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            blank(&mut out, i, end);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The words of the code at brace depth 0, with their byte offsets.
fn top_level_words(text: &str) -> Vec<(usize, String)> {
    let code = code_only(text);
    let mut words = Vec::new();
    let mut depth = 0i32;
    let mut i = 0;
    while i < code.len() {
        let c = code[i];
        if c == b'{' {
            depth += 1;
            i += 1;
        } else if c == b'}' {
            depth -= 1;
            i += 1;
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80 {
            let start = i;
            while i < code.len()
                && (code[i].is_ascii_alphanumeric()
                    || code[i] == b'_'
                    || code[i] == b'$'
                    || code[i] >= 0x80)
            {
                i += 1;
            }
            if depth == 0 {
                words.push((start, String::from_utf8_lossy(&code[start..i]).into_owned()));
            }
        } else {
            if depth == 0 && c == b';' {
                words.push((i, ";".into()));
            }
            i += 1;
        }
    }
    words
}

/// The name of the file's top-level public class (Java requires the file be named after it).
pub(super) fn public_class(text: &str) -> Option<String> {
    let words = top_level_words(text);
    for (i, (_, w)) in words.iter().enumerate() {
        if w != "public" {
            continue;
        }
        let mut j = i + 1;
        while j < words.len()
            && matches!(
                words[j].1.as_str(),
                "final" | "abstract" | "static" | "strictfp" | "sealed"
            )
        {
            j += 1;
        }
        if j + 1 < words.len()
            && matches!(
                words[j].1.as_str(),
                "class" | "interface" | "enum" | "record"
            )
        {
            return Some(words[j + 1].1.clone());
        }
    }
    None
}

/// The byte range of a leading `package x.y;` statement.
fn package_statement(text: &str) -> Option<(usize, usize)> {
    let words = top_level_words(text);
    let (start, first) = words.first()?;
    if first != "package" {
        return None;
    }
    let (end, _) = words.iter().find(|(_, w)| w == ";")?;
    Some((*start, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_class_names_the_file() {
        assert_eq!(public_class("class Solution {}"), None);
        assert_eq!(
            public_class("// public class X\nimport java.util.*;\npublic final class LRUCache {\n class Node {}\n public class Inner {}\n}"),
            Some("LRUCache".into())
        );
        assert_eq!(
            public_class("class A { String s = \"public class B\"; }\npublic class C {}"),
            Some("C".into())
        );
    }

    #[test]
    fn imports_go_on_the_first_line_and_a_package_is_blanked() {
        let text = user_text("package foo.bar;\nclass Solution {}\n");
        assert!(text.starts_with(IMPORTS));
        assert_eq!(text.lines().count(), 2);
        assert!(!text.contains("package"));
        assert_eq!(user_text("class S {}"), format!("{IMPORTS}class S {{}}"));
    }
}
