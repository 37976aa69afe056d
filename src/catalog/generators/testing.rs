//! What the generators' tests read out of the inputs alike: grids and their regions.

use serde_json::Value;

/// The rows of a JSON grid, each cell read by `cell`.
pub fn grid_of<T>(v: &Value, cell: impl Fn(&Value) -> T) -> Vec<Vec<T>> {
    let rows = v.as_array().expect("a grid is an array of rows");
    rows.iter()
        .map(|row| row.as_array().expect("a row").iter().map(&cell).collect())
        .collect()
}

/// How many 4-connected groups the cells where `is` holds make, and the largest one's size.
pub fn regions<T>(g: &[Vec<T>], is: impl Fn(&T) -> bool) -> (usize, usize) {
    let (m, n) = (g.len(), g[0].len());
    let mut seen = vec![vec![false; n]; m];
    let (mut count, mut largest) = (0, 0);
    for r in 0..m {
        for c in 0..n {
            if !is(&g[r][c]) || seen[r][c] {
                continue;
            }
            count += 1;
            seen[r][c] = true;
            let mut stack = vec![(r, c)];
            let mut size = 0;
            while let Some((i, j)) = stack.pop() {
                size += 1;
                for (a, b) in [
                    (i.wrapping_sub(1), j),
                    (i + 1, j),
                    (i, j.wrapping_sub(1)),
                    (i, j + 1),
                ] {
                    if a < m && b < n && is(&g[a][b]) && !seen[a][b] {
                        seen[a][b] = true;
                        stack.push((a, b));
                    }
                }
            }
            largest = largest.max(size);
        }
    }
    (count, largest)
}
