//! What many generators draw or check alike: a required parameter, a length between bounds,
//! distinct values, an index, 0/1 flags and named choices.

use std::collections::HashSet;
use std::ops::RangeInclusive;

use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::Rng;

/// A parameter some choices of a generator need: its value, or a message naming it.
pub fn need<T>(value: Option<T>, key: &str) -> Result<T, String> {
    value.ok_or_else(|| format!("parameter `{key}` must be an integer"))
}

/// A 0/1 switch, written `0`/`1` (or `false`/`true`) in `problem.json`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flag(pub bool);

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Flag, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Int(i64),
            Bool(bool),
        }
        match Written::deserialize(d)? {
            Written::Bool(b) => Ok(Flag(b)),
            Written::Int(0) => Ok(Flag(false)),
            Written::Int(1) => Ok(Flag(true)),
            Written::Int(other) => Err(serde::de::Error::custom(format!(
                "a switch is 0 or 1, not {other}"
            ))),
        }
    }
}

/// A named choice among fixed words: `choice!(Order { Random = "random", Sorted = "sorted" })`
/// makes an enum whose first variant is the default, read from its word (an unknown word is
/// refused when the catalogue loads), with `as_str` giving the word back.
macro_rules! choice {
    ($(#[$doc:meta])* $name:ident {
        $(#[$first_doc:meta])* $first:ident = $first_text:literal
        $(, $(#[$variant_doc:meta])* $variant:ident = $text:literal)* $(,)?
    }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
        pub enum $name {
            $(#[$first_doc])*
            #[default]
            #[serde(rename = $first_text)]
            $first,
            $($(#[$variant_doc])* #[serde(rename = $text)] $variant,)*
        }

        #[allow(dead_code)]
        impl $name {
            /// The word as written in `problem.json`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $name::$first => $first_text,
                    $($name::$variant => $text,)*
                }
            }
        }
    };
}
pub(crate) use choice;

/// A length drawn from `min..=max` (just `max` without a lower bound), checked against
/// `0..=limit`.
pub fn length(
    rng: &mut Rng,
    max: i64,
    min: Option<i64>,
    names: (&str, &str),
    limit: i64,
) -> Result<usize, String> {
    let min = min.unwrap_or(max);
    let (max_key, min_key) = names;
    if !(0..=limit).contains(&max) || !(0..=max).contains(&min) {
        return Err(format!(
            "need 0 <= `{min_key}` <= `{max_key}` <= {limit}, got {min} and {max}"
        ));
    }
    Ok(rng.range(min, max) as usize)
}

/// `count` values of `lo..=hi` that are not in `taken` and pairwise distinct (added to
/// `taken`).
pub fn distinct_values(
    rng: &mut Rng,
    lo: i64,
    hi: i64,
    count: usize,
    taken: &mut HashSet<i64>,
) -> Result<Vec<i64>, String> {
    let span = u64::try_from(i128::from(hi) - i128::from(lo) + 1).unwrap_or(u64::MAX);
    if span < (count + taken.len()) as u64 {
        return Err(format!(
            "`lo..=hi` holds too few values for {count} distinct ones"
        ));
    }
    let mut out = Vec::with_capacity(count);
    if span <= 4 * (count as u64 + taken.len() as u64) + 16 {
        // A narrow range: shuffle what is left of it rather than draw and reject.
        let mut pool: Vec<i64> = (lo..=hi).filter(|x| !taken.contains(x)).collect();
        rng.shuffle(&mut pool);
        pool.truncate(count);
        taken.extend(pool.iter().copied());
        return Ok(pool);
    }
    while out.len() < count {
        let x = rng.range(lo, hi);
        if taken.insert(x) {
            out.push(x);
        }
    }
    Ok(out)
}

choice!(
    /// The order of drawn values: as the generator leaves them, or sorted either way.
    Order { Random = "random", Ascending = "ascending", Descending = "descending" }
);

impl Order {
    /// Sorts `items` as asked; `Random` leaves them as they are.
    pub fn sort<T: Ord>(self, items: &mut [T]) {
        match self {
            Order::Random => {}
            Order::Ascending => items.sort_unstable(),
            Order::Descending => items.sort_unstable_by(|a, b| b.cmp(a)),
        }
    }
}

choice!(
    /// Where a planted block goes in a longer sequence.
    Place { Random = "random", Start = "start", End = "end" }
);

impl Place {
    /// The block's first index, with `room` free places beyond the block.
    pub fn at(self, room: usize, rng: &mut Rng) -> usize {
        match self {
            Place::Start => 0,
            Place::End => room,
            Place::Random => rng.below(room as u64 + 1) as usize,
        }
    }
}

choice!(
    /// Whether a search target is given, and whether it is in the input.
    Target { None = "none", Present = "present", Absent = "absent" }
);

/// A parameter written as an integer or as one of the words of `C`.
#[derive(Debug, Clone, Copy, serde::Deserialize)]
#[serde(untagged)]
pub enum IntOr<C> {
    Int(i64),
    Word(C),
}

choice!(
    /// The calls of a design class that adds and queries: mixed at random, or all the adds
    /// first (the worst case for a query that scans everything added so far).
    Calls { Random = "random", AddsThenQueries = "adds-then-queries" }
);

/// Checks that the parameter `name` lies in `range`; the message names it.
pub fn within(name: &str, value: i64, range: RangeInclusive<i64>) -> Result<(), String> {
    if range.contains(&value) {
        return Ok(());
    }
    Err(format!(
        "`{name}` must be in {}..={}, not {value}",
        range.start(),
        range.end()
    ))
}

/// Checks `start <= min <= max <= end` for a pair of bounds (`names`: the lower one's name,
/// then the upper one's), such as a length drawn from `min_n..=n`.
pub fn span(
    names: (&str, &str),
    min: i64,
    max: i64,
    range: RangeInclusive<i64>,
) -> Result<(), String> {
    let (start, end) = (*range.start(), *range.end());
    if start <= min && min <= max && max <= end {
        return Ok(());
    }
    let (min_key, max_key) = names;
    Err(format!(
        "need {start} <= `{min_key}` <= `{max_key}` <= {end}, got {min} and {max}"
    ))
}

/// A design class's calls as the judge takes them, `{"ops": [...], "args": [...]}`: the
/// constructor first, then one method call after another.
pub struct Script {
    ops: Vec<Value>,
    args: Vec<Value>,
}

impl Script {
    /// The constructor of `class` with these arguments.
    pub fn new(class: &str, args: Value) -> Script {
        Script {
            ops: vec![Value::from(class)],
            args: vec![args],
        }
    }

    /// A call of `method` with these arguments.
    pub fn call(&mut self, method: &str, args: Value) {
        self.ops.push(Value::from(method));
        self.args.push(args);
    }

    /// The calls so far, the constructor's included.
    pub fn len(&self) -> usize {
        self.ops.len()
    }

    /// The case input.
    pub fn into_case(self) -> Value {
        serde_json::json!({ "ops": self.ops, "args": self.args })
    }
}
