//! Named generators of large test cases. A problem's `generated` entry names one of these with
//! its parameters and a seed; the case inputs are made at judge time and the expected outputs
//! are stored in `problem.json`, so a generator's output must never change silently
//! (`pinned.rs` holds a digest of every catalogue group's inputs).
//!
//! One file per generator, each with its parameters as a typed struct (`Params`, unknown names
//! refused) that implements `Generator`; the parameters are parsed when the catalogue loads, so
//! a misspelt one is an error naming the file, the group and the parameter before anything
//! runs. `common.rs` holds what many generators draw alike. Register a generator in the one
//! list at `registry!` below.

use std::fmt::Debug;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

mod common;
#[cfg(test)]
mod pinned;
#[cfg(test)]
mod sizes;
#[cfg(test)]
mod testing;
mod tree_shape;

pub use common::Flag;

/// A generator's parameters as written in `problem.json`, before they are checked.
pub type RawParams = Map<String, Value>;

/// One generator: its parameters, checked, and how an input is made from them.
pub trait Generator: DeserializeOwned + Debug + Send + Sync + 'static {
    /// What makes an input of this generator larger.
    const SIZE: Size;

    /// Makes one case input (an object keyed by parameter name, or `{"ops", "args"}`).
    fn generate(&self, rng: &mut Rng) -> Result<Value, String>;

    /// `raw` made to give inputs of size `n` (`SIZE.min..=SIZE.max`); by `SIZE`'s rule unless
    /// the generator has one of its own.
    fn resize(raw: &mut RawParams, n: u64) {
        Self::SIZE.apply(raw, n);
    }
}

/// Which parameters make an input larger, and from where.
///
/// An input of size `n` sets every parameter of `scale` to `n` (a grid's rows and columns
/// both: an n-by-n grid), removes those of `clear` (a lower bound such as `min_n`, so the size
/// is exactly `n`) and lowers those of `clamp` to `n` where they exceed it (a part that must
/// fit in the whole, such as a run inside an array); the other parameters stay as the group
/// has them. Sizes run from `min` to `max`. A generator whose inputs have one size only (a
/// sudoku board) scales nothing; one with a rule of its own (an odd length) says it in
/// `Generator::resize`.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub scale: &'static [&'static str],
    pub clear: &'static [&'static str],
    pub clamp: &'static [&'static str],
    pub min: u64,
    pub max: u64,
}

impl Size {
    /// These parameters set to the size, from `min` up.
    pub const fn of(scale: &'static [&'static str], min: u64) -> Size {
        Size {
            scale,
            clear: &[],
            clamp: &[],
            min,
            max: u64::MAX,
        }
    }

    /// One length parameter `n` (and its lower bound `min_n` cleared), from `min` up.
    pub const fn n(min: u64) -> Size {
        Size::of(&["n"], min).clear(&["min_n"])
    }

    /// Inputs of one size only.
    pub const FIXED: Size = Size::of(&[], 0);

    /// These lower bounds removed.
    pub const fn clear(self, clear: &'static [&'static str]) -> Size {
        Size { clear, ..self }
    }

    /// These parts lowered to the size.
    pub const fn clamp(self, clamp: &'static [&'static str]) -> Size {
        Size { clamp, ..self }
    }

    /// No size above `max`.
    pub const fn max(self, max: u64) -> Size {
        Size { max, ..self }
    }

    /// Whether a larger `n` makes a larger input.
    pub fn grows(&self) -> bool {
        !self.scale.is_empty()
    }

    /// `raw` made to give inputs of size `n` (see the type's header).
    pub fn apply(&self, raw: &mut RawParams, n: u64) {
        for key in self.clear {
            raw.remove(*key);
        }
        for key in self.scale {
            raw.insert((*key).to_string(), Value::from(n));
        }
        for key in self.clamp {
            lower(raw, key, n);
        }
    }
}

/// Raises `hi` so that `lo..=hi` holds at least `count` values, when both are given.
pub fn widen(raw: &mut RawParams, count: u64) {
    let bound = |raw: &RawParams, key: &str| raw.get(key).and_then(Value::as_i64);
    if let (Some(lo), Some(hi)) = (bound(raw, "lo"), bound(raw, "hi")) {
        if hi.saturating_sub(lo).saturating_add(1) < count as i64 {
            raw.insert(
                "hi".into(),
                Value::from(lo.saturating_add(count as i64 - 1)),
            );
        }
    }
}

/// Lowers the integer parameter `key`, when given, to at most `most`.
pub fn lower(raw: &mut RawParams, key: &str, most: u64) {
    if let Some(v) = raw.get_mut(key) {
        if v.as_u64().is_some_and(|v| v > most) {
            *v = Value::from(most);
        }
    }
}

/// Declares a generator module's parameters as `Params` (unknown names refused) and its
/// `SIZE`, for the module's `fn generate(&Params, &mut Rng)` and, when named, its own
/// `fn resize(&mut RawParams, u64)`. A field written `name: T = default` may be left out of
/// `problem.json` and then holds `default`; one without is required (or an `Option`):
///
/// ```ignore
/// params! {
///     size: Size::n(1),
///     {
///         n: i64, lo: i64 = -100, hi: i64 = 100, key: String = "nums".into(),
///     }
/// }
/// ```
macro_rules! params {
    (
        size: $size:expr,
        $(resize: $resize:path,)?
        { $($(#[$attr:meta])* $field:ident: $ty:ty $(= $default:expr)?),* $(,)? }
    ) => {
        /// What makes this generator's inputs larger.
        const SIZE: $crate::catalog::generators::Size = $size;

        /// The parameters as written, before the defaults are filled in.
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Written {
            $($(#[$attr])* $field: written!($ty $(, $default)?),)*
        }

        /// The parameters named in the module's header, defaults filled in.
        #[derive(Debug, serde::Deserialize)]
        #[serde(from = "Written")]
        pub struct Params {
            $($field: $ty,)*
        }

        impl From<Written> for Params {
            fn from(written: Written) -> Params {
                Params { $($field: or_default!(written.$field $(, $default)?),)* }
            }
        }

        impl $crate::catalog::generators::Generator for Params {
            const SIZE: $crate::catalog::generators::Size = SIZE;

            fn generate(&self, rng: &mut Rng) -> Result<Value, String> {
                generate(self, rng)
            }

            $(fn resize(raw: &mut $crate::catalog::generators::RawParams, n: u64) {
                $resize(raw, n)
            })?
        }
    };
}

/// In `params!`: a field with a default is optional as written.
macro_rules! written {
    ($ty:ty) => { $ty };
    ($ty:ty, $default:expr) => { Option<$ty> };
}

/// In `params!`: the written value, or the field's default.
macro_rules! or_default {
    ($value:expr) => {
        $value
    };
    ($value:expr, $default:expr) => {
        $value.unwrap_or_else(|| $default)
    };
}

/// In a generator's tests: `generate(&RawParams, &mut Rng)` parses and runs its `Params`,
/// `params(json!({...}))` makes raw parameters and `made(json!({...}), seed)` one input.
#[cfg(test)]
macro_rules! test_generate {
    () => {
        #[allow(unused_imports)]
        use $crate::catalog::generators::RawParams;

        fn generate(raw: &RawParams, rng: &mut Rng) -> Result<Value, String> {
            $crate::catalog::generators::run::<Params>(raw, rng)
        }

        #[allow(dead_code)]
        fn params(v: Value) -> RawParams {
            $crate::catalog::generators::test_params(v)
        }

        /// One input made from the parameters `p` with the generator seeded `seed`.
        #[allow(dead_code)]
        fn made(p: Value, seed: u64) -> Value {
            generate(&params(p), &mut Rng::new(seed)).unwrap()
        }

        /// The integers of a JSON array.
        #[allow(dead_code)]
        fn ints(v: &Value) -> Vec<i64> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_i64().unwrap())
                .collect()
        }

        /// The strings of a JSON array.
        #[allow(dead_code)]
        fn strings(v: &Value) -> Vec<String> {
            let all = v.as_array().unwrap().iter();
            all.map(|x| x.as_str().unwrap().to_string()).collect()
        }
    };
}

/// A generator made object-safe, for the registry.
trait Make: Debug + Send + Sync {
    fn make(&self, rng: &mut Rng) -> Result<Value, String>;
}

impl<G: Generator> Make for G {
    fn make(&self, rng: &mut Rng) -> Result<Value, String> {
        self.generate(rng)
    }
}

struct Entry {
    name: &'static str,
    /// A digest of the generator's own source file, taken at compile time: with `SHARED`, its
    /// version in the input cache's key, so an edited generator never serves old inputs.
    version: u64,
    parse: fn(&RawParams) -> Result<Arc<dyn Make>, String>,
    size: Size,
    resize: fn(&mut RawParams, u64),
}

fn parse<G: Generator>(raw: &RawParams) -> Result<Arc<dyn Make>, String> {
    let value = Value::Object(raw.clone());
    let parsed: G = serde_path_to_error::deserialize(&value).map_err(|e| {
        let at = e.path().to_string();
        let message = e
            .into_inner()
            .to_string()
            .replace("unknown field", "unknown parameter")
            .replace("missing field", "missing parameter");
        if at == "." || message.starts_with("unknown parameter") {
            message
        } else {
            format!("parameter `{at}`: {message}")
        }
    })?;
    Ok(Arc::new(parsed))
}

macro_rules! registry {
    ($($name:ident),+ $(,)?) => {
        $(mod $name;)+
        const REGISTRY: &[Entry] = &[$(Entry {
            name: stringify!($name),
            version: fnv1a(include_bytes!(concat!(stringify!($name), ".rs"))),
            parse: parse::<$name::Params>,
            size: <$name::Params as Generator>::SIZE,
            resize: <$name::Params as Generator>::resize,
        }),+];
    };
}

registry!(
    add_query_ops,
    alien_words,
    anagram_groups,
    anagram_pair,
    binary_tree,
    bounded_product_array,
    bracket_string,
    bst,
    cache_ops,
    card_hand,
    cell_grid,
    component_graph,
    connected_graph,
    course_graph,
    covering_window,
    cyclic_list,
    frequent_values,
    gas_circuit,
    int_array,
    int_grid,
    int_stream_ops,
    int_values,
    interleaved_strings,
    interval_list,
    island_grid,
    itinerary_tickets,
    jump_array,
    letter_board,
    linked_list_values,
    min_stack_ops,
    paired_values,
    palindrome_string,
    permutation_grid,
    piles_hours,
    plane_points,
    planted_anagram,
    point_set,
    random_string,
    road_cars,
    rpn_expression,
    sorted_lists,
    sorted_matrix,
    sorted_pair,
    sorted_search,
    square_matrix,
    square_points_ops,
    string_list,
    string_pair,
    sudoku_board,
    time_map_ops,
    tree_pair,
    tree_plus_edge,
    tree_traversals,
    triplet_list,
    twitter_ops,
    two_sum,
    weighted_digraph,
    word_break,
    word_ladder,
    word_set_ops,
);

/// The generators' shared code (the registry, `Rng`, the common draws), digested at compile
/// time: part of every generator's version.
const SHARED: u64 =
    fnv1a(include_bytes!("mod.rs")) ^ fnv1a(include_bytes!("common.rs")).rotate_left(1);

/// FNV-1a over `bytes`, in a `const` context (a version, not a defence against anyone).
const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// A generator with its parameters checked: what a problem's generated group holds.
#[derive(Clone)]
pub struct Spec {
    entry: &'static Entry,
    raw: RawParams,
    made: Arc<dyn Make>,
}

impl Debug for Spec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}({:?})", self.entry.name, self.made)
    }
}

impl Spec {
    /// Checks `raw` as the parameters of the generator `name`; the message names the bad
    /// parameter.
    pub fn new(name: &str, raw: &RawParams) -> Result<Spec, String> {
        let entry = REGISTRY.iter().find(|e| e.name == name).ok_or_else(|| {
            format!(
                "no generator named `{name}` (known: {})",
                names().collect::<Vec<_>>().join(", ")
            )
        })?;
        Ok(Spec {
            entry,
            raw: raw.clone(),
            made: (entry.parse)(raw)?,
        })
    }

    /// The generator's name.
    pub fn name(&self) -> &'static str {
        self.entry.name
    }

    /// The generator's version: it changes whenever its code or the shared generator code
    /// does, so inputs cached under an older one are never served.
    pub fn version(&self) -> u64 {
        self.entry.version ^ SHARED
    }

    /// The parameters as written.
    pub fn raw(&self) -> &RawParams {
        &self.raw
    }

    /// Case `index` of a group seeded with `seed`.
    pub fn case(&self, seed: u64, index: u64) -> Result<Value, String> {
        self.made.make(&mut case_rng(seed, index))
    }

    /// What makes this generator's inputs larger.
    pub fn size(&self) -> Size {
        self.entry.size
    }

    /// A valid input of size `n`: these parameters with the size ones set to `n` (see
    /// `Size`); an error below `size().min` or above `size().max`.
    pub fn at_size(&self, n: u64, rng: &mut Rng) -> Result<Value, String> {
        let size = self.entry.size;
        if !(size.min..=size.max).contains(&n) {
            return Err(format!(
                "`{}` makes sizes {}..={}, not {n}",
                self.entry.name, size.min, size.max
            ));
        }
        let mut raw = self.raw.clone();
        (self.entry.resize)(&mut raw, n);
        (self.entry.parse)(&raw)?.make(rng)
    }
}

/// Every registered name, for error messages.
pub fn names() -> impl Iterator<Item = &'static str> {
    REGISTRY.iter().map(|e| e.name)
}

/// The generator of case `index` of a group seeded with `seed`.
fn case_rng(seed: u64, index: u64) -> Rng {
    Rng::new(seed.wrapping_mul(1_000_003).wrapping_add(index))
}

/// Parameters from a JSON object literal, for generator tests.
#[cfg(test)]
pub fn test_params(v: Value) -> RawParams {
    v.as_object().expect("an object").clone()
}

/// Parses `raw` as `G`'s parameters and makes one input (generator tests).
#[cfg(test)]
pub fn run<G: Generator>(raw: &RawParams, rng: &mut Rng) -> Result<Value, String> {
    let g: G =
        serde_path_to_error::deserialize(&Value::Object(raw.clone())).map_err(|e| e.to_string())?;
    g.generate(rng)
}

/// SplitMix64: small, fast, and fixed forever (see docs/design.md on why not a crate's RNG).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        assert!(n > 0, "below(0)");
        // Rejection sampling keeps it unbiased.
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let x = self.next_u64();
            if x < zone {
                return x % n;
            }
        }
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        assert!(lo <= hi, "range({lo}, {hi})");
        let span = hi.wrapping_sub(lo) as u64;
        if span == u64::MAX {
            return self.next_u64() as i64;
        }
        lo.wrapping_add(self.below(span + 1) as i64)
    }

    /// An index in `0..len` (`len > 0`).
    pub fn index(&mut self, len: usize) -> usize {
        self.below(len as u64) as usize
    }

    /// True with probability `numerator / denominator`.
    pub fn chance(&mut self, numerator: u64, denominator: u64) -> bool {
        self.below(denominator) < numerator
    }

    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }

    /// A random element.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_is_fixed() {
        // The reference values of SplitMix64 seeded with 0: they must never change.
        let mut rng = Rng::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn a_wrong_choice_is_refused_naming_the_parameter() {
        let raw = test_params(serde_json::json!({"n": 5, "order": "upward"}));
        let err = Spec::new("int_array", &raw).unwrap_err();
        assert!(err.contains("`order`") && err.contains("upward"), "{err}");
        assert!(
            err.contains("`sorted`"),
            "the words it takes are listed: {err}"
        );
        let raw = test_params(serde_json::json!({"n": 5, "pos": "middle"}));
        assert!(Spec::new("cyclic_list", &raw).is_err());
        let raw = test_params(serde_json::json!({"n": 5, "pos": 3, "shape": "chain"}));
        let err = Spec::new("cyclic_list", &raw).unwrap_err();
        assert!(err.contains("unknown parameter `shape`"), "{err}");
        let raw = test_params(serde_json::json!({"n": 5, "pos": "last"}));
        assert!(Spec::new("cyclic_list", &raw).is_ok());
    }

    #[test]
    fn defaults_fill_what_is_left_out() {
        let raw = test_params(serde_json::json!({"n": 3, "lo": 7, "hi": 7}));
        let case = Spec::new("int_array", &raw).unwrap().case(1, 0).unwrap();
        assert_eq!(case, serde_json::json!({"nums": [7, 7, 7]}));
    }

    #[test]
    fn range_stays_inside() {
        let mut rng = Rng::new(7);
        for _ in 0..1000 {
            let x = rng.range(-3, 3);
            assert!((-3..=3).contains(&x));
        }
        assert_eq!(rng.range(5, 5), 5);
    }
}
