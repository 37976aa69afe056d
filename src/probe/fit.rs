//! Which class a ladder of (n, time) points grows like. Each class c is fitted as
//! t = a + b·c(n) with a, b ≥ 0 (a is what every call costs whatever n: the call itself, a
//! warm cache) by least squares on relative errors, so the small sizes count as much as the
//! large; the classes are then ranked by the root-mean-square of log(t / fitted), which is
//! what "fits" means here. The log-log slope alone cannot tell O(n) from O(n) plus a large
//! constant, nor O(n log n) from O(n^1.1); the fitted residuals can, given points over a
//! range of 16 or more.
//!
//! A simpler class wins a near tie (its residual within 10% + 0.02 of the best), since noise
//! on a busy machine only ever adds time. The confidence is 1 - best / runner-up residual,
//! with the runner-up taken among the classes of another polynomial degree (O(n) vs
//! O(n log n) is a distinction the probe does not claim to make reliably).

use crate::catalog::complexity::Class;

/// A fitted class and how sure the fit is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    pub class: Class,
    /// 0..=1: how much better the class fits than the best one of another degree.
    pub confidence: f64,
    /// Root-mean-square of log(t / fitted) of the chosen class.
    pub residual: f64,
}

/// Times below this are clock noise (ms): the probe's timers read CPU time to the µs, and a
/// time slice of another process lands in them.
const FLOOR_MS: f64 = 0.002;

/// The class whose curve fits `points` (n, ms) best; `None` with fewer than three points.
pub fn fit(points: &[(f64, f64)]) -> Option<Fit> {
    if points.len() < 3 {
        return None;
    }
    let points: Vec<(f64, f64)> = points.iter().map(|&(n, t)| (n, t.max(FLOOR_MS))).collect();
    let mut ranked: Vec<(Class, f64)> = Class::ALL
        .iter()
        .filter_map(|&c| residual(c, &points).map(|r| (c, r)))
        .collect();
    ranked.sort_by(|a, b| a.1.total_cmp(&b.1));
    let best = ranked.first()?.1;
    // The simplest class in a near tie with the best.
    let (class, r) = ranked
        .iter()
        .filter(|(_, r)| *r <= best * 1.1 + 0.02)
        .min_by_key(|(c, _)| *c)
        .copied()?;
    let runner_up = ranked
        .iter()
        .filter(|(c, _)| c.degree() != class.degree())
        .map(|(_, r)| *r)
        .next();
    let confidence = match runner_up {
        Some(other) if other > 0.0 => (1.0 - r / other).clamp(0.0, 1.0),
        _ => 0.0,
    };
    Some(Fit {
        class,
        confidence,
        residual: r,
    })
}

/// The fit's residual for one class, or `None` where its curve overflows (2^n of large n).
fn residual(class: Class, points: &[(f64, f64)]) -> Option<f64> {
    let f: Vec<f64> = points.iter().map(|&(n, _)| class.grows(n)).collect();
    if f.iter().any(|v| !v.is_finite() || *v > 1e300) {
        return None;
    }
    let (a, b) = weighted_line(points, &f);
    let sum: f64 = points
        .iter()
        .zip(&f)
        .map(|(&(_, t), &fv)| {
            let fitted = (a + b * fv).max(FLOOR_MS / 10.0);
            (t / fitted).ln().powi(2)
        })
        .sum();
    Some((sum / points.len() as f64).sqrt())
}

/// a, b ≥ 0 minimising Σ ((t - a - b f) / t)^2.
fn weighted_line(points: &[(f64, f64)], f: &[f64]) -> (f64, f64) {
    let (mut sw, mut swf, mut swff, mut swt, mut swft) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for (&(_, t), &fv) in points.iter().zip(f) {
        let w = 1.0 / (t * t);
        sw += w;
        swf += w * fv;
        swff += w * fv * fv;
        swt += w * t;
        swft += w * fv * t;
    }
    let det = sw * swff - swf * swf;
    if det.abs() > f64::EPSILON * sw * swff {
        let a = (swt * swff - swf * swft) / det;
        let b = (sw * swft - swf * swt) / det;
        if a >= 0.0 && b >= 0.0 {
            return (a, b);
        }
    }
    // On the boundary: the better of a alone and b alone.
    let only_a = (swt / sw, 0.0);
    let only_b = (0.0, if swff > 0.0 { swft / swff } else { 0.0 });
    let cost = |(a, b): (f64, f64)| -> f64 {
        points
            .iter()
            .zip(f)
            .map(|(&(_, t), &fv)| ((t - a - b * fv) / t).powi(2))
            .sum()
    };
    if cost(only_a) <= cost(only_b) {
        only_a
    } else {
        only_b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ladder(f: impl Fn(f64) -> f64) -> Vec<(f64, f64)> {
        (0..7)
            .map(|i| {
                let n = 1000.0 * 2f64.powi(i);
                (n, f(n))
            })
            .collect()
    }

    #[test]
    fn clean_curves_are_named() {
        type Curve = fn(f64) -> f64;
        let cases: [(Class, Curve); 5] = [
            (Class::Constant, |_| 0.01),
            (Class::Linear, |n| 0.05 + n * 1e-4),
            (Class::Quadratic, |n| 0.05 + n * n * 1e-7),
            (Class::Cubic, |n| n * n * n * 1e-12),
            (Class::Linearithmic, |n| n * n.log2() * 1e-4),
        ];
        for (class, f) in cases {
            let fit = fit(&ladder(f)).unwrap();
            assert_eq!(fit.class, class, "{fit:?}");
        }
    }

    #[test]
    fn a_large_constant_does_not_hide_linear_growth() {
        // 2 ms of fixed cost, then a linear part that reaches 20 ms.
        let fit = fit(&ladder(|n| 2.0 + n * 3e-4)).unwrap();
        assert_eq!(fit.class, Class::Linear);
    }

    #[test]
    fn exponential_small_n() {
        let points: Vec<(f64, f64)> = (10..18)
            .map(|n| (f64::from(n), 1e-3 * 2f64.powi(n)))
            .collect();
        assert_eq!(fit(&points).unwrap().class, Class::Exponential);
    }

    #[test]
    fn too_few_points_fit_nothing() {
        assert_eq!(fit(&[(1.0, 1.0), (2.0, 2.0)]), None);
    }
}
