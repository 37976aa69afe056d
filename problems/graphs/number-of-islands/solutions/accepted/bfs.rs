use std::collections::VecDeque;

impl Solution {
    pub fn num_islands(mut grid: Vec<Vec<char>>) -> i32 {
        let rows = grid.len();
        let cols = grid[0].len();
        let mut count = 0;
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] != '1' {
                    continue;
                }
                count += 1;
                grid[r][c] = '0';
                let mut queue = VecDeque::new();
                queue.push_back((r, c));
                while let Some((i, j)) = queue.pop_front() {
                    let mut next = Vec::with_capacity(4);
                    if i > 0 {
                        next.push((i - 1, j));
                    }
                    if i + 1 < rows {
                        next.push((i + 1, j));
                    }
                    if j > 0 {
                        next.push((i, j - 1));
                    }
                    if j + 1 < cols {
                        next.push((i, j + 1));
                    }
                    for (a, b) in next {
                        if grid[a][b] == '1' {
                            grid[a][b] = '0';
                            queue.push_back((a, b));
                        }
                    }
                }
            }
        }
        count
    }
}
