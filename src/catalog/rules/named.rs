//! Named input rules: constraints that tie parameters together or need an algorithm to
//! check, written as code and named in the signature's `rules` list with the parameters they
//! read, such as `"one_pair_sum(nums, target)"`. The names are catalogue data: a problem that
//! names an unknown rule, or gives it parameters of the wrong number or type, is refused when
//! it loads. A design-class rule reads the whole case (its ops and args) and takes no names.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::catalog::problem::{Param, Role, Signature};
use crate::types::tree::Tree;
use crate::types::Type;

/// A rule's check: the values of the parameters it reads (for a design-class rule, the whole
/// case), with their names for messages.
type Check = fn(&[&Value], &[&str]) -> Result<(), String>;

/// Each rule: its name, the types of the parameters it reads (`*`: any; none for a
/// design-class rule, which reads the case's ops and args), what it says, and its check.
const TABLE: &[(&str, &[&str], &str, Check)] = &[
    ("one_pair_sum", &["int[]", "int"], "exactly one pair of positions adds up to the target", one_pair_sum),
    ("bst", &["TreeNode"], "a binary search tree: left subtree smaller, right subtree larger", |v, n| {
        bst(&Tree::decode(v[0])?).map_err(|m| format!("{}: {m}", n[0]))
    }),
    ("node_in", &["int", "TreeNode"], "the value names a node of the tree", |v, n| {
        let value = int(v[0]);
        let tree = Tree::decode(v[1])?;
        ok(tree.nodes.iter().any(|x| x.val == value), || format!("{}: {value} is not the value of a node of {}", n[0], n[1]))
    }),
    ("at_most_len", &["int", "*"], "the number is at most the length (or node count) of the second", |v, n| {
        let (k, len) = (int(v[0]), count(v[1]));
        ok(k <= len, || format!("{}: {k} is over the length of {} ({len})", n[0], n[1]))
    }),
    ("at_most_len_plus_one", &["int", "*"], "the number is at most the length of the second plus one", |v, n| {
        let (k, len) = (int(v[0]), count(v[1]));
        ok(k <= len + 1, || format!("{}: {k} is over the length of {} ({len}) plus one", n[0], n[1]))
    }),
    ("at_least_len", &["int", "*"], "the number is at least the length of the second", |v, n| {
        let (k, len) = (int(v[0]), count(v[1]));
        ok(k >= len, || format!("{}: {k} is under the length of {} ({len})", n[0], n[1]))
    }),
    ("at_most", &["int", "int"], "the first number is at most the second", |v, n| {
        ok(int(v[0]) <= int(v[1]), || format!("{}: {} is over {} ({})", n[0], int(v[0]), n[1], int(v[1])))
    }),
    ("below", &["int", "int"], "the first number is below the second", |v, n| {
        ok(int(v[0]) < int(v[1]), || format!("{}: {} is not below {} ({})", n[0], int(v[0]), n[1], int(v[1])))
    }),
    ("all_below", &["int[]", "int"], "every number of the array is below the second", |v, n| {
        let limit = int(v[1]);
        match ints(v[0]).iter().position(|&x| x >= limit) {
            Some(i) => Err(format!("{}[{i}]: {} is not below {} ({limit})", n[0], ints(v[0])[i], n[1])),
            None => Ok(()),
        }
    }),
    ("different", &["*", "*"], "the two parameters differ", |v, n| {
        ok(v[0] != v[1], || format!("{} and {} are both {}: they must differ", n[0], n[1], v[0]))
    }),
    ("same_len", &["*", "*"], "the two arrays are equally long", |v, n| {
        let (a, b) = (count(v[0]), count(v[1]));
        ok(a == b, || format!("{} has {a} elements, {} has {b}: they must be equally long", n[0], n[1]))
    }),
    ("not_both_empty", &["*", "*"], "at least one of the two is not empty", |v, n| {
        ok(count(v[0]) + count(v[1]) > 0, || format!("{} and {} are both empty", n[0], n[1]))
    }),
    ("same_word_len", &["string", "string", "*"], "every word is as long as the first", |v, n| {
        let len = text(v[0]).chars().count();
        if text(v[1]).chars().count() != len {
            return Err(format!("{}: not as long as {} ({len})", n[1], n[0]));
        }
        let words = v[2].as_array().map_or(&[][..], Vec::as_slice);
        match words.iter().position(|w| text(w).chars().count() != len) {
            Some(i) => Err(format!("{}[{i}]: not as long as {} ({len})", n[2], n[0])),
            None => Ok(()),
        }
    }),
    ("edges_in", &["int", "int[][]"], "every edge's two ends are nodes 0 to n - 1", |v, n| edges_in(v, n, 0)),
    ("edges_in_from_1", &["int", "int[][]"], "every edge's two ends are nodes 1 to n", |v, n| edges_in(v, n, 1)),
    ("no_self_loops", &["int[][]"], "no edge joins a node to itself", |v, n| {
        match rows(v[0]).iter().position(|e| e.len() >= 2 && e[0] == e[1]) {
            Some(i) => Err(format!("{}[{i}]: an edge from a node to itself", n[0])),
            None => Ok(()),
        }
    }),
    ("distinct_pairs", &["int[][]"], "no two edges join the same ordered pair of nodes", |v, n| {
        distinct_by(v[0], n[0], |e| (e[0], e[1]))
    }),
    ("distinct_undirected", &["int[][]"], "no two edges join the same two nodes, in either direction", |v, n| {
        distinct_by(v[0], n[0], |e| (e[0].min(e[1]), e[0].max(e[1])))
    }),
    ("one_cycle_connected", &["int[][]"], "n edges on nodes 1 to n: connected, so exactly one edge is redundant", |v, n| {
        let edges = rows(v[0]);
        let nodes = edges.len() as i64;
        if let Some(i) = edges.iter().position(|e| e.iter().any(|&x| x < 1 || x > nodes)) {
            return Err(format!("{}[{i}]: a node outside 1 to {nodes}", n[0]));
        }
        let mut parent: Vec<usize> = (0..=edges.len()).collect();
        for e in &edges {
            let (a, b) = (find(&mut parent, e[0] as usize), find(&mut parent, e[1] as usize));
            parent[a] = b;
        }
        let root = find(&mut parent, 1);
        ok((1..=edges.len()).all(|x| find(&mut parent, x) == root), || format!("{}: the graph is not connected", n[0]))
    }),
    ("simple_connected", &["Node"], "no self-loops, no repeated edges, every node reachable from the first", |v, n| {
        let graph = crate::types::graph::Graph::decode(v[0])?;
        for (i, adj) in graph.adjacency.iter().enumerate() {
            if adj.contains(&i) {
                return Err(format!("{}: node {} links to itself", n[0], i + 1));
            }
            if adj.iter().collect::<HashSet<_>>().len() != adj.len() {
                return Err(format!("{}: node {} repeats a neighbour", n[0], i + 1));
            }
        }
        let mut seen = vec![false; graph.adjacency.len()];
        let mut stack = if seen.is_empty() { vec![] } else { vec![0] };
        while let Some(x) = stack.pop() {
            if !std::mem::replace(&mut seen[x], true) {
                stack.extend(&graph.adjacency[x]);
            }
        }
        match seen.iter().position(|s| !s) {
            Some(i) => Err(format!("{}: node {} cannot be reached from node 1", n[0], i + 1)),
            None => Ok(()),
        }
    }),
    ("grid_permutation", &["int[][]"], "the grid's values are 0 to n*n - 1, each once", |v, n| {
        let values: Vec<i64> = rows(v[0]).concat();
        let cells = values.len() as i64;
        let set: HashSet<i64> = values.iter().copied().collect();
        ok(set.len() == values.len() && values.iter().all(|&x| (0..cells).contains(&x)), || {
            format!("{}: the values are not 0 to {} each once", n[0], cells - 1)
        })
    }),
    ("walls_gates_rooms", &["int[][]"], "every cell is -1 (a wall), 0 (a gate) or 2147483647 (a room)", |v, n| {
        for (i, row) in rows(v[0]).iter().enumerate() {
            if let Some(j) = row.iter().position(|x| ![-1, 0, 2_147_483_647].contains(x)) {
                return Err(format!("{}[{i}][{j}]: {} is not -1, 0 or 2147483647", n[0], row[j]));
            }
        }
        Ok(())
    }),
    ("rotated_sorted", &["int[]"], "an ascending array, possibly rotated", |v, n| {
        let a = ints(v[0]);
        let drops = (1..a.len()).filter(|&i| a[i] < a[i - 1]).count();
        let rotated_ok = drops == 0 || (drops == 1 && a.last() <= a.first());
        ok(rotated_ok, || format!("{}: not an ascending array rotated", n[0]))
    }),
    ("rows_ascending", &["int[][]"], "each row ascending, each row's first above the previous row's last", |v, n| {
        let m = rows(v[0]);
        for (i, row) in m.iter().enumerate() {
            if row.windows(2).any(|w| w[0] > w[1]) {
                return Err(format!("{}[{i}]: not in ascending order", n[0]));
            }
            if i > 0 && row.first() <= m[i - 1].last() {
                return Err(format!("{}[{i}][0]: not above the last of the row before", n[0]));
            }
        }
        Ok(())
    }),
    ("disjoint_sorted", &["int[][]"], "intervals sorted by start, no two overlapping", |v, n| {
        let list = rows(v[0]);
        match (1..list.len()).find(|&i| list[i][0] <= list[i - 1][1]) {
            Some(i) => Err(format!("{}[{i}]: starts before {}[{}] ends", n[0], n[0], i - 1)),
            None => Ok(()),
        }
    }),
    ("values_at_most_len", &["int[]"], "every value is at most the array's length", |v, n| {
        let a = ints(v[0]);
        let len = a.len() as i64;
        match a.iter().position(|&x| x > len) {
            Some(i) => Err(format!("{}[{i}]: {} is over the length {len}", n[0], a[i])),
            None => Ok(()),
        }
    }),
    ("one_value_repeats", &["int[]"], "values 1 to n in n + 1 places, exactly one value repeated", |v, n| {
        let a = ints(v[0]);
        let top = a.len() as i64 - 1;
        if let Some(i) = a.iter().position(|&x| x < 1 || x > top) {
            return Err(format!("{}[{i}]: {} is outside 1 to {top}", n[0], a[i]));
        }
        let repeated = counts(&a).values().filter(|&&c| c > 1).count();
        ok(repeated == 1, || format!("{}: {repeated} values repeat, not exactly one", n[0]))
    }),
    ("one_single", &["int[]"], "every value twice except exactly one", |v, n| {
        let c = counts(&ints(v[0]));
        let once = c.values().filter(|&&k| k == 1).count();
        ok(once == 1 && c.values().all(|&k| k <= 2), || format!("{}: not every value twice but one", n[0]))
    }),
    ("top_k_unique", &["int", "int[]"], "k is at most the distinct values, and the k most frequent are one set", |v, n| {
        let k = int(v[0]);
        let mut freq: Vec<u64> = counts(&ints(v[1])).into_values().collect();
        freq.sort_unstable_by(|a, b| b.cmp(a));
        if k > freq.len() as i64 {
            return Err(format!("{}: {k} is over the number of distinct values in {} ({})", n[0], n[1], freq.len()));
        }
        let k = k as usize;
        ok(k == freq.len() || freq[k - 1] != freq[k], || format!("{}: the {k} most frequent values tie with others", n[1]))
    }),
    ("k_closest_unique", &["int[][]", "int"], "k is at most the points, and the k closest are one set", |v, n| {
        let mut d: Vec<i64> = rows(v[0]).iter().map(|p| p[0] * p[0] + p[1] * p[1]).collect();
        d.sort_unstable();
        let k = int(v[1]);
        if k > d.len() as i64 {
            return Err(format!("{}: {k} is over the number of points ({})", n[1], d.len()));
        }
        let k = k as usize;
        ok(k == d.len() || d[k - 1] != d[k], || format!("{}: the {k} closest points tie with others", n[0]))
    }),
    ("prefix_products_fit", &["int[]"], "every prefix's and suffix's product fits in 32 bits", |v, n| {
        let a = ints(v[0]);
        let fits = |seq: Vec<i64>| {
                let mut p: i128 = 1;
                seq.iter().all(|&x| {
                    p *= i128::from(x);
                    i32::try_from(p).is_ok()
                })
            };
            let reversed: Vec<i64> = a.iter().rev().copied().collect();
            ok(fits(a.clone()) && fits(reversed), || format!("{}: a prefix or suffix product overflows 32 bits", n[0]))
    }),
    ("subarray_products_fit", &["int[]"], "every subarray's product fits in 32 bits", |v, n| {
        for part in ints(v[0]).split(|&x| x == 0) {
            let mut p: i128 = 1;
            for &x in part {
                p = (p * i128::from(x).abs()).min(1 << 40);
            }
            if p > i128::from(i32::MAX) {
                return Err(format!("{}: a subarray's product overflows 32 bits", n[0]));
            }
        }
        Ok(())
    }),
    ("unique_paths_fit", &["int", "int"], "the number of paths is at most 2 * 10^9", |v, n| {
        let (m, k) = (int(v[0]) as u128, int(v[1]) as u128);
        let mut c: u128 = 1;
        for i in 1..m.min(k) {
            c = c * (m.max(k) - 1 + i) / i;
            if c > 2_000_000_000 {
                return Err(format!("{}, {}: more than 2 * 10^9 paths", n[0], n[1]));
            }
        }
        Ok(())
    }),
    ("one_good_start", &["int[]", "int[]"], "at most one station starts a full round", |v, n| {
        let (gas, cost) = (ints(v[0]), ints(v[1]));
        let mut prefix = 0;
        let mut sums = Vec::with_capacity(gas.len());
        for (g, c) in gas.iter().zip(&cost) {
            sums.push(prefix);
            prefix += g - c;
        }
        let least = sums.iter().copied().min().unwrap_or(0);
        let starts = sums.iter().filter(|&&s| s == least).count();
        ok(prefix < 0 || starts <= 1, || format!("{}, {}: {starts} stations start a full round, not one", n[0], n[1]))
    }),
    ("end_reachable", &["int[]"], "the last index can be reached from index 0", |v, n| {
        let a = ints(v[0]);
        let mut reach = 0i64;
        for (i, &x) in a.iter().enumerate() {
            if i as i64 > reach {
                return Err(format!("{}: index {i} cannot be reached", n[0]));
            }
            reach = reach.max(i as i64 + x);
        }
        Ok(())
    }),
    ("no_leading_zero", &["*"], "a number without a leading zero (0 itself aside)", |v, n| {
        let digits: Vec<String> = match v[0] {
            Value::String(s) => s.chars().map(String::from).collect(),
            other => ints(other).iter().map(i64::to_string).collect(),
        };
        ok(digits.len() <= 1 || digits[0] != "0", || format!("{}: a leading zero", n[0]))
    }),
    ("no_leading_zero_reversed", &["ListNode"], "digits in reverse order, no leading zero (0 itself aside)", |v, n| {
        let d = ints(v[0]);
        ok(d.len() <= 1 || d.last() != Some(&0), || format!("{}: a leading zero (the last node is 0)", n[0]))
    }),
    ("power_bounded", &["double", "int"], "x is not 0 unless n > 0, and |x^n| is at most 10^4", |v, n| {
        let (x, k) = (v[0].as_f64().unwrap_or(0.0), int(v[1]));
        if x == 0.0 && k <= 0 {
            return Err(format!("{}: 0 with {} <= 0", n[0], n[1]));
        }
        let p = x.abs().powf(k as f64);
        ok(p <= 1e4 * (1.0 + 1e-9), || format!("{}, {}: |x^n| is {p}, over 10^4", n[0], n[1]))
    }),
    ("star_follows_atom", &["string"], "every `*` follows a letter or a `.`", |v, n| {
        let p: Vec<char> = text(v[0]).chars().collect();
        match (0..p.len()).find(|&i| p[i] == '*' && (i == 0 || p[i - 1] == '*')) {
            Some(i) => Err(format!("{}[{i}]: a `*` with no letter or `.` before it", n[0])),
            None => Ok(()),
        }
    }),
    ("rpn", &["string[]"], "a valid reverse Polish expression of integers in [-200, 200], 32-bit results, no division by zero", |v, n| {
        let mut stack: Vec<i64> = Vec::new();
        for (i, t) in v[0].as_array().map_or(&[][..], Vec::as_slice).iter().enumerate() {
            let t = text(t);
            let at = |why: &str| format!("{}[{i}]: {why}", n[0]);
            if let Ok(x) = t.parse::<i64>() {
                if !(-200..=200).contains(&x) {
                    return Err(at("a number outside -200 to 200"));
                }
                stack.push(x);
                continue;
            }
            let (Some(b), Some(a)) = (stack.pop(), stack.pop()) else {
                return Err(at("an operator without two operands"));
            };
            let r = match t {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                "/" if b == 0 => return Err(at("division by zero")),
                "/" => a / b,
                _ => return Err(at("neither a number nor + - * /")),
            };
            if i32::try_from(r).is_err() {
                return Err(at("a result outside 32 bits"));
            }
            stack.push(r);
        }
        ok(stack.len() == 1, || format!("{}: leaves {} values, not one", n[0], stack.len()))
    }),
    ("preorder_inorder", &["int[]", "int[]"], "the preorder and inorder traversals of one tree", |v, n| {
        let (pre, ino) = (ints(v[0]), ints(v[1]));
        let place: HashMap<i64, usize> = ino.iter().enumerate().map(|(i, &x)| (x, i)).collect();
        if pre.len() != ino.len() || pre.iter().any(|x| !place.contains_key(x)) {
            return Err(format!("{} and {}: not the same values", n[0], n[1]));
        }
        // Each preorder value splits its inorder range; checked with an explicit stack.
        let mut next = 0;
        let mut ranges = vec![(0usize, ino.len())];
        while let Some((lo, hi)) = ranges.pop() {
            if lo == hi {
                continue;
            }
            let at = place[&pre[next]];
            if !(lo..hi).contains(&at) {
                return Err(format!("{}[{next}]: not inside its subtree's inorder range", n[0]));
            }
            next += 1;
            ranges.push((at + 1, hi));
            ranges.push((lo, at));
        }
        Ok(())
    }),
    ("total_len_at_most_10000", &["ListNode[]"], "all the lists hold at most 10^4 nodes together", |v, n| {
        let total: usize = v[0].as_array().map_or(0, |a| a.iter().map(count_of).sum());
        ok(total <= 10_000, || format!("{}: {total} nodes in all, over 10^4", n[0]))
    }),
    ("min_stack_nonempty", &[], "pop, top and getMin only on a non-empty stack", |v, _| {
        let mut size = 0i64;
        calls(v[0], |i, op, _| {
            match op {
                "push" => size += 1,
                "pop" | "top" | "getMin" if size == 0 => return Err(format!("ops[{i}]: {op} on an empty stack")),
                "pop" => size -= 1,
                _ => {}
            }
            Ok(())
        })
    }),
    ("median_nonempty", &[], "findMedian only after an addNum", |v, _| {
        let mut added = false;
        calls(v[0], |i, op, _| {
            added |= op == "addNum";
            ok(op != "findMedian" || added, || format!("ops[{i}]: findMedian before any addNum"))
        })
    }),
    ("set_timestamps_increasing", &[], "the timestamps of set are strictly increasing", |v, _| {
        let mut last = i64::MIN;
        calls(v[0], |i, op, args| {
            if op == "set" {
                let t = args.get(2).map_or(0, int);
                if t <= last {
                    return Err(format!("args[{i}][2]: set's timestamp {t} is not above the last one ({last})"));
                }
                last = t;
            }
            Ok(())
        })
    }),
    ("twitter_calls", &[], "tweet ids are distinct, and no user follows or unfollows themselves", |v, _| {
        let mut tweets = HashSet::new();
        calls(v[0], |i, op, args| {
            let a = |j: usize| args.get(j).map_or(0, int);
            match op {
                "postTweet" if !tweets.insert(a(1)) => Err(format!("args[{i}][1]: tweet id {} is posted twice", a(1))),
                "follow" | "unfollow" if a(0) == a(1) => Err(format!("ops[{i}]: user {} {op}s themselves", a(0))),
                _ => Ok(()),
            }
        })
    }),
    ("search_dots_at_most_2", &[], "a search word has at most 2 dots", |v, _| {
        calls(v[0], |i, op, args| {
            let dots = args.first().map_or(0, |w| text(w).matches('.').count());
            ok(op != "search" || dots <= 2, || format!("args[{i}][0]: {dots} dots in a search, over 2"))
        })
    }),
];

/// A named rule: its index in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Named(usize);

impl Named {
    /// The name in problem.json.
    pub fn name(self) -> &'static str {
        TABLE[self.0].0
    }

    /// Every rule with what it says.
    pub fn all() -> impl Iterator<Item = (&'static str, &'static str)> {
        TABLE.iter().map(|e| (e.0, e.2))
    }

    /// Reads `name(param, param)`, resolving the names to parameter indices and checking
    /// their types.
    pub fn parse(text: &str, signature: &Signature) -> Result<(Named, Vec<usize>), String> {
        let (name, args) = match text.split_once('(') {
            Some((name, rest)) => {
                let inner = rest
                    .strip_suffix(')')
                    .ok_or_else(|| format!("`{text}`: expected name(param, ...)"))?;
                let args: Vec<&str> = inner
                    .split(',')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .collect();
                (name.trim(), args)
            }
            None => (text.trim(), Vec::new()),
        };
        let Some(index) = TABLE.iter().position(|e| e.0 == name) else {
            let known: Vec<&str> = TABLE.iter().map(|e| e.0).collect();
            return Err(format!(
                "no rule named `{name}` (known: {})",
                known.join(", ")
            ));
        };
        let wants = TABLE[index].1;
        if wants.is_empty() && !signature.is_design_class() {
            return Err(format!("`{name}` is a rule of a design class's calls"));
        }
        if args.len() != wants.len() {
            return Err(format!(
                "`{name}` reads {} parameters ({}), given {}",
                wants.len(),
                wants.join(", "),
                args.len()
            ));
        }
        let params = parameters(signature);
        let at = args
            .iter()
            .zip(wants)
            .map(|(arg, want)| {
                let i = params
                    .iter()
                    .position(|p| p.name == *arg)
                    .ok_or_else(|| format!("`{name}`: no parameter named `{arg}`"))?;
                let ty = match params[i].role {
                    Role::Passed => params[i].ty.clone(),
                    _ => Type::Int,
                };
                if *want != "*" && Type::parse(want).ok().as_ref() != Some(&ty) {
                    return Err(format!("`{name}`: `{arg}` is {ty}, the rule reads {want}"));
                }
                Ok(i)
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok((Named(index), at))
    }

    /// Checks the rule on an input whose types are already checked.
    pub fn check(self, signature: &Signature, at: &[usize], input: &Value) -> Result<(), String> {
        if TABLE[self.0].1.is_empty() {
            return (TABLE[self.0].3)(&[input], &[]);
        }
        let params = parameters(signature);
        let names: Vec<&str> = at.iter().map(|&i| params[i].name.as_str()).collect();
        // A design class's constructor arguments are the first op's.
        let constructor = input.pointer("/args/0");
        let values: Vec<&Value> = at
            .iter()
            .zip(&names)
            .map(|(&i, n)| {
                let value = match constructor {
                    Some(args) if signature.is_design_class() => args.get(i),
                    _ => input.get(*n),
                };
                value.unwrap_or(&Value::Null)
            })
            .collect();
        (TABLE[self.0].3)(&values, &names)
    }
}

fn parameters(signature: &Signature) -> &[Param] {
    match signature {
        Signature::Function { params, .. } => params,
        Signature::Class { constructor, .. } => constructor,
    }
}

fn ok(holds: bool, why: impl FnOnce() -> String) -> Result<(), String> {
    if holds {
        Ok(())
    } else {
        Err(why())
    }
}

fn int(v: &Value) -> i64 {
    v.as_i64().unwrap_or_default()
}

fn text(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

fn ints(v: &Value) -> Vec<i64> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default()
}

fn rows(v: &Value) -> Vec<Vec<i64>> {
    v.as_array()
        .map(|a| a.iter().map(ints).collect())
        .unwrap_or_default()
}

/// Elements, characters or (non-null) nodes.
fn count(v: &Value) -> i64 {
    count_of(v) as i64
}

fn count_of(v: &Value) -> usize {
    match v {
        Value::Array(a) => a.iter().filter(|x| !x.is_null()).count(),
        Value::String(s) => s.chars().count(),
        _ => 0,
    }
}

fn counts(values: &[i64]) -> HashMap<i64, u64> {
    let mut c = HashMap::new();
    for &x in values {
        *c.entry(x).or_default() += 1;
    }
    c
}

fn find(parent: &mut [usize], x: usize) -> usize {
    let mut root = x;
    while parent[root] != root {
        root = parent[root];
    }
    parent[x] = root;
    root
}

fn edges_in(v: &[&Value], n: &[&str], first: i64) -> Result<(), String> {
    let nodes = int(v[0]);
    for (i, e) in rows(v[1]).iter().enumerate() {
        if let Some(x) = e.iter().take(2).find(|&&x| x < first || x >= nodes + first) {
            return Err(format!(
                "{}[{i}]: node {x} is outside {first} to {} ({} = {nodes})",
                n[1],
                nodes + first - 1,
                n[0]
            ));
        }
    }
    Ok(())
}

fn distinct_by(v: &Value, name: &str, key: fn(&[i64]) -> (i64, i64)) -> Result<(), String> {
    let mut seen = HashMap::new();
    for (i, e) in rows(v).iter().enumerate() {
        if let Some(first) = seen.insert(key(e), i) {
            return Err(format!(
                "{name}[{i}]: joins the same nodes as {name}[{first}]"
            ));
        }
    }
    Ok(())
}

/// Calls `each(index, op, args)` on every method call of a design case.
fn calls(
    input: &Value,
    mut each: impl FnMut(usize, &str, &[Value]) -> Result<(), String>,
) -> Result<(), String> {
    let empty = Vec::new();
    let ops = input.get("ops").and_then(Value::as_array).unwrap_or(&empty);
    let args = input
        .get("args")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    for (i, (op, arg)) in ops.iter().zip(args).enumerate().skip(1) {
        each(i, text(op), arg.as_array().map_or(&[][..], Vec::as_slice))?;
    }
    Ok(())
}

fn one_pair_sum(v: &[&Value], n: &[&str]) -> Result<(), String> {
    let target = int(v[1]);
    let pairs = pair_count(&ints(v[0]), target);
    ok(pairs == 1, || {
        format!(
            "{}, {}: {pairs} pairs add up to {target}, not exactly one",
            n[0], n[1]
        )
    })
}

/// How many pairs of positions `i < j` have `nums[i] + nums[j] == target`.
fn pair_count(nums: &[i64], target: i64) -> u64 {
    let mut seen: HashMap<i64, u64> = HashMap::new();
    let mut pairs = 0;
    for &x in nums {
        pairs += seen.get(&(target - x)).copied().unwrap_or(0);
        *seen.entry(x).or_default() += 1;
    }
    pairs
}

/// A strict binary search tree, checked without recursion (chains of 10^4 nodes).
fn bst(tree: &Tree) -> Result<(), String> {
    let mut stack: Vec<(usize, Option<i64>, Option<i64>)> =
        tree.root().map(|r| (r, None, None)).into_iter().collect();
    while let Some((id, lo, hi)) = stack.pop() {
        let v = tree.nodes[id].val;
        if lo.is_some_and(|lo| v <= lo) || hi.is_some_and(|hi| v >= hi) {
            return Err(format!(
                "node {v} breaks the search order (it must lie between {} and {})",
                lo.map_or("-inf".into(), |x| x.to_string()),
                hi.map_or("+inf".into(), |x| x.to_string())
            ));
        }
        if let Some(l) = tree.nodes[id].left {
            stack.push((l, lo, Some(v)));
        }
        if let Some(r) = tree.nodes[id].right {
            stack.push((r, Some(v), hi));
        }
    }
    Ok(())
}
