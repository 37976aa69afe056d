//! What many generators draw or check alike: a required parameter, a length between bounds,
//! distinct values, an index, 0/1 flags and named choices.

use std::collections::HashSet;

use serde::{Deserialize, Deserializer};

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
    ($(#[$doc:meta])* $name:ident { $first:ident = $first_text:literal $(, $variant:ident = $text:literal)* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
        pub enum $name {
            #[default]
            #[serde(rename = $first_text)]
            $first,
            $(#[serde(rename = $text)] $variant,)*
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
