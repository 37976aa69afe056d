//! Named generators of large test cases. A problem's `generated` entry names one of these with
//! its parameters and a seed; the case inputs are made at judge time and the expected outputs
//! are stored in `problem.json`, so a generator's output must never change silently.
//!
//! One file per generator; register it in `REGISTRY` below.

use serde_json::{Map, Value};

/// A generator's parameters, as written in `problem.json`.
pub type Params = Map<String, Value>;

/// Makes one case input (an object keyed by parameter name, or `{"ops", "args"}`).
pub type Generator = fn(&Params, &mut Rng) -> Result<Value, String>;

mod add_query_ops;
mod alien_words;
mod anagram_groups;
mod anagram_pair;
mod binary_tree;
mod bounded_product_array;
mod bracket_string;
mod bst;
mod cache_ops;
mod card_hand;
mod cell_grid;
mod component_graph;
mod connected_graph;
mod course_graph;
mod covering_window;
mod cyclic_list;
mod frequent_values;
mod gas_circuit;
mod int_array;
mod int_grid;
mod int_stream_ops;
mod int_values;
mod interleaved_strings;
mod interval_list;
mod island_grid;
mod itinerary_tickets;
mod jump_array;
mod letter_board;
mod linked_list_values;
mod min_stack_ops;
mod paired_values;
mod palindrome_string;
mod permutation_grid;
mod piles_hours;
#[cfg(test)]
mod pinned;
mod plane_points;
mod planted_anagram;
mod point_set;
mod random_string;
mod road_cars;
mod rpn_expression;
mod sorted_lists;
mod sorted_matrix;
mod sorted_pair;
mod sorted_search;
mod square_matrix;
mod square_points_ops;
mod string_list;
mod string_pair;
mod sudoku_board;
mod time_map_ops;
mod tree_pair;
mod tree_plus_edge;
mod tree_traversals;
mod triplet_list;
mod twitter_ops;
mod two_sum;
mod weighted_digraph;
mod word_break;
mod word_ladder;
mod word_set_ops;

const REGISTRY: &[(&str, Generator)] = &[
    ("binary_tree", binary_tree::generate),
    ("tree_pair", tree_pair::generate),
    ("two_sum", two_sum::generate),
    ("min_stack_ops", min_stack_ops::generate),
    ("square_matrix", square_matrix::generate),
    ("sorted_pair", sorted_pair::generate),
    ("course_graph", course_graph::generate),
    ("anagram_pair", anagram_pair::generate),
    ("anagram_groups", anagram_groups::generate),
    ("bracket_string", bracket_string::generate),
    ("linked_list_values", linked_list_values::generate),
    ("cyclic_list", cyclic_list::generate),
    ("bst", bst::generate),
    ("island_grid", island_grid::generate),
    ("connected_graph", connected_graph::generate),
    ("sorted_search", sorted_search::generate),
    ("sorted_matrix", sorted_matrix::generate),
    ("piles_hours", piles_hours::generate),
    ("time_map_ops", time_map_ops::generate),
    ("rpn_expression", rpn_expression::generate),
    ("road_cars", road_cars::generate),
    ("palindrome_string", palindrome_string::generate),
    ("random_string", random_string::generate),
    ("int_array", int_array::generate),
    ("frequent_values", frequent_values::generate),
    ("bounded_product_array", bounded_product_array::generate),
    ("sudoku_board", sudoku_board::generate),
    ("string_list", string_list::generate),
    ("planted_anagram", planted_anagram::generate),
    ("covering_window", covering_window::generate),
    ("add_query_ops", add_query_ops::generate),
    ("cache_ops", cache_ops::generate),
    ("sorted_lists", sorted_lists::generate),
    ("int_stream_ops", int_stream_ops::generate),
    ("tree_traversals", tree_traversals::generate),
    ("word_set_ops", word_set_ops::generate),
    ("cell_grid", cell_grid::generate),
    ("component_graph", component_graph::generate),
    ("tree_plus_edge", tree_plus_edge::generate),
    ("word_ladder", word_ladder::generate),
    ("interval_list", interval_list::generate),
    ("weighted_digraph", weighted_digraph::generate),
    ("point_set", point_set::generate),
    ("permutation_grid", permutation_grid::generate),
    ("itinerary_tickets", itinerary_tickets::generate),
    ("alien_words", alien_words::generate),
    ("word_break", word_break::generate),
    ("plane_points", plane_points::generate),
    ("twitter_ops", twitter_ops::generate),
    ("letter_board", letter_board::generate),
    ("int_values", int_values::generate),
    ("paired_values", paired_values::generate),
    ("square_points_ops", square_points_ops::generate),
    ("string_pair", string_pair::generate),
    ("interleaved_strings", interleaved_strings::generate),
    ("int_grid", int_grid::generate),
    ("jump_array", jump_array::generate),
    ("gas_circuit", gas_circuit::generate),
    ("card_hand", card_hand::generate),
    ("triplet_list", triplet_list::generate),
];

/// The generator registered under `name`.
pub fn lookup(name: &str) -> Option<Generator> {
    REGISTRY.iter().find(|(n, _)| *n == name).map(|(_, g)| *g)
}

/// Every registered name, for error messages.
pub fn names() -> impl Iterator<Item = &'static str> {
    REGISTRY.iter().map(|(n, _)| *n)
}

/// Makes case `index` of a generated entry.
pub fn generate(name: &str, params: &Params, seed: u64, index: u64) -> Result<Value, String> {
    let generator = lookup(name).ok_or_else(|| format!("no generator named `{name}`"))?;
    let mut rng = Rng::new(seed.wrapping_mul(1_000_003).wrapping_add(index));
    generator(params, &mut rng)
}

/// An integer parameter, with a message naming it when missing or of the wrong kind.
pub fn int_param(params: &Params, key: &str) -> Result<i64, String> {
    params
        .get(key)
        .and_then(Value::as_i64)
        .ok_or_else(|| format!("parameter `{key}` must be an integer"))
}

/// A string parameter with a default, with a message naming it when of the wrong kind.
pub fn str_param<'a>(params: &'a Params, key: &str, default: &'a str) -> Result<&'a str, String> {
    match params.get(key) {
        None => Ok(default),
        Some(v) => v
            .as_str()
            .ok_or_else(|| format!("parameter `{key}` must be a string")),
    }
}

/// Parameters from a JSON object literal, for generator tests.
#[cfg(test)]
pub fn test_params(v: Value) -> Params {
    v.as_object().expect("an object").clone()
}

/// An integer parameter with a default.
pub fn int_param_or(params: &Params, key: &str, default: i64) -> Result<i64, String> {
    match params.get(key) {
        None => Ok(default),
        Some(_) => int_param(params, key),
    }
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
    fn range_stays_inside() {
        let mut rng = Rng::new(7);
        for _ in 0..1000 {
            let x = rng.range(-3, 3);
            assert!((-3..=3).contains(&x));
        }
        assert_eq!(rng.range(5, 5), 5);
    }
}
