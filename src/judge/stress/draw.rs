//! Where the finder's inputs come from: the problem's own generators, at small sizes first
//! (many seeds per size, half of them with the group's value range narrowed so that equal
//! values and sums that meet turn up), then growing sizes; and the hand-written inputs
//! (examples and tests), which are all a problem without a generator has.

use serde_json::Value;

use crate::catalog::generators::{self, Rng, Spec};
use crate::catalog::Problem;

/// The largest size the finder draws: a counterexample is wanted small, and a generator group
/// made for 10^5 elements says nothing more at 10^5 than at 100 about a wrong answer.
const SIZE_CAP: u64 = 100;
/// Draws of one group in one batch.
const PER_GROUP: usize = 96;
/// Values of a narrowed range: `lo..=hi` cut to about this many around 0.
const NARROW: i64 = 5;
/// Without a generator, the reductions of hand-written inputs drawn in one batch at most.
const FRONTIER: usize = 400;
/// Hand-written inputs larger than this (as compact JSON) are not drawn.
const WRITTEN_BYTES: usize = 4 << 10;

/// Where a drawn input came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Group `group` of `Sources` at size `size`.
    Generated { group: usize, size: u64 },
    /// An example or a test of the problem.
    Written,
}

/// One drawn input.
#[derive(Debug, Clone)]
pub struct Draw {
    pub input: Value,
    pub origin: Origin,
}

/// A generated group as the finder draws from it.
struct Group {
    spec: Spec,
    min: u64,
    cap: u64,
}

/// The inputs of one problem, batch by batch.
pub struct Sources {
    groups: Vec<Group>,
    written: Vec<Value>,
    /// Without a generator: the last batch, whose one-step reductions are the next.
    frontier: Vec<Value>,
    signature: crate::types::signature::Signature,
    batch: u32,
}

impl Sources {
    pub fn new(problem: &Problem) -> Sources {
        let follow_up = problem.follow_up.iter().flat_map(|f| &f.generated);
        let groups = problem
            .generated
            .iter()
            .chain(follow_up)
            .map(|g| {
                let size = g.spec.size();
                // The group's own size bounds ours: an exponential problem's group is small.
                let own = size
                    .scale
                    .first()
                    .and_then(|key| g.spec.raw().get(*key))
                    .and_then(Value::as_u64)
                    .unwrap_or(SIZE_CAP);
                let cap = if size.grows() {
                    own.min(SIZE_CAP).min(size.max).max(size.min)
                } else {
                    size.min
                };
                Group {
                    spec: g.spec.clone(),
                    min: size.min,
                    cap,
                }
            })
            .collect();
        let mut written: Vec<Value> = problem
            .examples
            .iter()
            .chain(&problem.tests)
            .map(|c| c.input.clone())
            .filter(|v| v.to_string().len() <= WRITTEN_BYTES)
            .collect();
        written.sort_by_key(super::shrink::size);
        Sources {
            groups,
            written,
            frontier: Vec::new(),
            signature: problem.signature.clone(),
            batch: 0,
        }
    }

    /// The next batch: the smallest sizes of every group first, then the hand-written inputs,
    /// then sizes up to a cap that doubles each batch. Without a generator: the hand-written
    /// inputs, then their reductions, level by level. Empty when there is nothing to draw.
    pub fn next_batch(&mut self) -> Vec<Draw> {
        let batch = self.batch;
        self.batch += 1;
        let written = |inputs: &[Value]| {
            inputs
                .iter()
                .map(|input| Draw {
                    input: input.clone(),
                    origin: Origin::Written,
                })
                .collect()
        };
        if self.groups.is_empty() {
            self.frontier = if batch == 0 {
                self.written.clone()
            } else {
                let mut next: Vec<Value> = self
                    .frontier
                    .iter()
                    .flat_map(|v| super::shrink::candidates(&self.signature, v))
                    .collect();
                next.sort_by_cached_key(|v| {
                    (
                        super::shrink::size(v),
                        super::shrink::weight(v),
                        v.to_string(),
                    )
                });
                next.dedup();
                next.truncate(FRONTIER);
                next
            };
            return written(&self.frontier);
        }
        if batch == 1 {
            return written(&self.written);
        }
        let mut out = Vec::new();
        for (g, group) in self.groups.iter().enumerate() {
            let top = match batch {
                0 => group.min + 3,
                b => group.min + (4u64 << (b - 1).min(20)),
            }
            .min(group.cap);
            let mut rng = Rng::new(0x5eed ^ (u64::from(batch) << 32) ^ g as u64);
            for i in 0..PER_GROUP {
                let size = if batch == 0 {
                    group.min + (i as u64 % (top - group.min + 1))
                } else {
                    rng.range(group.min as i64, top as i64) as u64
                };
                if let Some(input) = group.draw(size, i % 2 == 1, &mut rng) {
                    out.push(Draw {
                        input,
                        origin: Origin::Generated { group: g, size },
                    });
                }
            }
        }
        out
    }

    /// `count` inputs of group `group` at each size from its smallest to below `size`.
    pub fn below(&self, group: usize, size: u64, count: usize) -> Vec<Draw> {
        let Some(g) = self.groups.get(group) else {
            return Vec::new();
        };
        let mut rng = Rng::new(0xb10c ^ size);
        let mut out = Vec::new();
        for n in g.min..size {
            for i in 0..count {
                if let Some(input) = g.draw(n, i % 2 == 1, &mut rng) {
                    out.push(Draw {
                        input,
                        origin: Origin::Generated { group, size: n },
                    });
                }
            }
        }
        out
    }
}

impl Group {
    /// An input of size `n`, with the value range narrowed when `narrow` and the group gives
    /// one (`lo`, `hi`); `None` where the generator cannot make one.
    fn draw(&self, n: u64, narrow: bool, rng: &mut Rng) -> Option<Value> {
        if narrow {
            if let Some(spec) = self.narrowed(n) {
                if let Ok(input) = spec.at_size(n, rng) {
                    return Some(input);
                }
            }
        }
        self.spec.at_size(n, rng).ok()
    }

    /// The group with `lo..=hi` cut to a few values near 0 (at least `n`, for distinct draws),
    /// inside the range it had.
    fn narrowed(&self, n: u64) -> Option<Spec> {
        let mut raw = self.spec.raw().clone();
        let lo = raw.get("lo")?.as_i64()?;
        let hi = raw.get("hi")?.as_i64()?;
        let (new_lo, new_hi) = if lo <= 0 && 0 <= hi {
            (lo.max(-NARROW), hi.min(NARROW))
        } else if lo > 0 {
            (lo, hi.min(lo + 2 * NARROW))
        } else {
            (lo.max(hi - 2 * NARROW), hi)
        };
        raw.insert("lo".into(), Value::from(new_lo));
        raw.insert("hi".into(), Value::from(new_hi));
        generators::widen(&mut raw, n);
        if raw
            .get("hi")
            .and_then(Value::as_i64)
            .is_some_and(|h| h > hi)
        {
            return None;
        }
        Spec::new(self.spec.name(), &raw).ok()
    }
}
