//! A problem's target complexity (`complexity` in problem.json) and the seven classes the
//! complexity probe names. The targets are written for people (`O(m n)`, `O(V + E)`,
//! `O(1) per call`); `target` maps one onto a class in terms of the probe's n, by the rules
//! below, or gives none when it cannot (then `complexity.n.time` says it).

use serde::Serialize;

/// What the probe can name: polynomial degrees 0..3 with their log factors where interview
/// answers have them, and exponential.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Class {
    Constant,
    Log,
    Linear,
    Linearithmic,
    Quadratic,
    Cubic,
    Exponential,
}

impl Class {
    pub const ALL: [Class; 7] = [
        Class::Constant,
        Class::Log,
        Class::Linear,
        Class::Linearithmic,
        Class::Quadratic,
        Class::Cubic,
        Class::Exponential,
    ];

    /// The ASCII name (`O(n^2)`), as the `--json` documents and the history write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Constant => "O(1)",
            Class::Log => "O(log n)",
            Class::Linear => "O(n)",
            Class::Linearithmic => "O(n log n)",
            Class::Quadratic => "O(n^2)",
            Class::Cubic => "O(n^3)",
            Class::Exponential => "O(2^n)",
        }
    }

    /// One of the seven names, spaces and case aside (`O(N)`, `O(nlogn)`).
    pub fn parse(text: &str) -> Option<Class> {
        let inner = text.trim().strip_prefix("O(")?.strip_suffix(')')?;
        Class::of_expression(&squeeze(inner))
    }

    /// f(n) of the class, for fitting.
    pub fn grows(self, n: f64) -> f64 {
        match self {
            Class::Constant => 1.0,
            Class::Log => n.max(2.0).log2(),
            Class::Linear => n,
            Class::Linearithmic => n * n.max(2.0).log2(),
            Class::Quadratic => n * n,
            Class::Cubic => n * n * n,
            Class::Exponential => n.exp2(),
        }
    }

    /// The polynomial degree (a log factor aside); exponential is above every degree.
    pub fn degree(self) -> u32 {
        match self {
            Class::Constant | Class::Log => 0,
            Class::Linear | Class::Linearithmic => 1,
            Class::Quadratic => 2,
            Class::Cubic => 3,
            Class::Exponential => 9,
        }
    }

    /// The class of `k` calls of this one: the cost of a design class's `n` calls of a
    /// per-call target.
    fn times_n(self) -> Option<Class> {
        match self {
            Class::Constant => Some(Class::Linear),
            Class::Log => Some(Class::Linearithmic),
            Class::Linear => Some(Class::Quadratic),
            Class::Quadratic => Some(Class::Cubic),
            _ => None,
        }
    }

    fn of_expression(e: &str) -> Option<Class> {
        Some(match e {
            "1" => Class::Constant,
            "logn" | "log(n)" => Class::Log,
            "n" => Class::Linear,
            "nlogn" | "nlog(n)" => Class::Linearithmic,
            "n^2" | "n2" => Class::Quadratic,
            "n^3" => Class::Cubic,
            "2^n" => Class::Exponential,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Class {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the probe counts n in an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Count {
    /// Every value of every array, every character of every string (a grid's cells, the sum
    /// of list lengths), every call of a design class.
    #[default]
    Values,
    /// The generator's own size (an input that is a single number).
    Size,
}

/// `complexity.n`, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SizeN {
    pub is: String,
    pub count: Count,
    pub time: Option<Class>,
    pub space: Option<Class>,
}

/// `complexity`, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Complexity {
    pub time: String,
    pub space: String,
    pub n: Option<SizeN>,
}

impl Complexity {
    /// Plain targets, no `n`.
    pub fn new(time: &str, space: &str) -> Complexity {
        Complexity {
            time: time.into(),
            space: space.into(),
            n: None,
        }
    }

    /// How n is counted.
    pub fn count(&self) -> Count {
        self.n.as_ref().map_or(Count::Values, |n| n.count)
    }

    /// The time target as a class in the probe's n. `nested`: the input holds a value of
    /// two levels (a grid, a list of strings), so a product of two sizes is its values.
    pub fn time_class(&self, nested: bool) -> Option<Class> {
        match self.n.as_ref().and_then(|n| n.time) {
            Some(class) => Some(class),
            None => target(&self.time, nested),
        }
    }

    /// The space target likewise.
    pub fn space_class(&self, nested: bool) -> Option<Class> {
        match self.n.as_ref().and_then(|n| n.space) {
            Some(class) => Some(class),
            None => target(&self.space, nested),
        }
    }
}

/// A target as written, mapped to a class in n where n counts the input's values:
///
/// - one of the seven, spaces, `*`, `·` and case aside (`O(N)`, `O(n * log n)`);
/// - a sum of sizes (`O(V + E)`, `O(m + n)`, `O(max(m, n))`, `O(total length)`) is O(n):
///   n counts them all;
/// - a product of two sizes (`O(m n)`, `O(m * n)`) is O(n) when the input is two levels
///   deep (its cells are n) and O(n^2) when it is flat (two strings of lengths m and n);
/// - `... per call` (or `per <operation>`) is the class of n such calls;
/// - anything else (`O(n log k)`, `O(n * amount)`) has no class: the problem names it in
///   `complexity.n.time`.
pub fn target(text: &str, nested: bool) -> Option<Class> {
    let text = text.trim();
    let open = text.find("O(")?;
    let body = &text[open + 2..];
    let mut depth = 1;
    let close = body.char_indices().find_map(|(i, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        (depth == 0).then_some(i)
    })?;
    let inner = squeeze(&body[..close]);
    let rest = body[close + 1..].trim().to_lowercase();
    let class = Class::of_expression(&inner).or_else(|| sizes(&inner, nested))?;
    // Qualifiers such as "in the worst case" or "(81 cells)" leave it; only "per call"
    // multiplies, when it is the whole target.
    if rest.starts_with("per ") && !text[open + 2 + close + 1..].contains("O(") {
        return class.times_n();
    }
    if text[open + 2 + close + 1..].contains("O(") {
        // Two targets (`O(1) per set, O(log n) per get`): no single class.
        return None;
    }
    Some(class)
}

/// A sum or product of named sizes (see `target`).
fn sizes(e: &str, nested: bool) -> Option<Class> {
    let word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric());
    if e == "totallength" || e.starts_with("max(") && e.ends_with(')') {
        return Some(Class::Linear);
    }
    if e.split('+').count() > 1 && e.split('+').all(word) {
        return Some(Class::Linear);
    }
    // A product: two one-letter names (`mn`, `nm`, `n1n2`) once squeezed.
    let letters: Vec<char> = e.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    let product = matches!(e, "mn" | "nm" | "n1n2" | "rc" | "vn");
    if product && letters.len() == 2 {
        return Some(if nested {
            Class::Linear
        } else {
            Class::Quadratic
        });
    }
    if word(e) && e.len() <= 2 && e != "n" {
        // One other name for the whole size (`N`, `C`, `L`).
        return Some(Class::Linear);
    }
    None
}

/// Lower case without spaces, `*`, `·` and `×`.
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '·' | '×'))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_map_to_classes() {
        let cases: &[(&str, bool, Option<Class>)] = &[
            ("O(n)", false, Some(Class::Linear)),
            ("O(N)", false, Some(Class::Linear)),
            ("O(n log n)", false, Some(Class::Linearithmic)),
            ("O(n^2)", false, Some(Class::Quadratic)),
            ("O(log n)", false, Some(Class::Log)),
            ("O(1) (81 cells)", false, Some(Class::Constant)),
            ("O(m n)", true, Some(Class::Linear)),
            ("O(m*n)", false, Some(Class::Quadratic)),
            ("O(V + E)", false, Some(Class::Linear)),
            ("O(max(m, n))", false, Some(Class::Linear)),
            ("O(1) per call", false, Some(Class::Linear)),
            ("O(n log k)", false, None),
            ("O(1) per set, O(log n) per get", false, None),
            ("O(n 2^n)", false, None),
        ];
        for (text, nested, class) in cases {
            assert_eq!(target(text, *nested), *class, "{text}");
        }
    }

    #[test]
    fn the_seven_names_read_back() {
        for class in Class::ALL {
            assert_eq!(Class::parse(class.as_str()), Some(class));
        }
    }
}
