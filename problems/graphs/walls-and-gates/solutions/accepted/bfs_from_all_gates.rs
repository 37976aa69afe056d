use std::collections::VecDeque;

impl Solution {
    // Every gate enters one queue at distance 0; a room is first reached from its nearest
    // gate, so each room is written once. O(m n).
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        const EMPTY: i32 = i32::MAX;
        let rows = rooms.len();
        let cols = rooms[0].len();
        let mut queue = VecDeque::new();
        for r in 0..rows {
            for c in 0..cols {
                if rooms[r][c] == 0 {
                    queue.push_back((r, c));
                }
            }
        }
        while let Some((r, c)) = queue.pop_front() {
            let next = rooms[r][c] + 1;
            let around = [
                (r.wrapping_sub(1), c),
                (r + 1, c),
                (r, c.wrapping_sub(1)),
                (r, c + 1),
            ];
            for (a, b) in around {
                if a < rows && b < cols && rooms[a][b] == EMPTY {
                    rooms[a][b] = next;
                    queue.push_back((a, b));
                }
            }
        }
    }
}
