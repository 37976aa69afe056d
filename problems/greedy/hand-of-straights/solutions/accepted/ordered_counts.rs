use std::collections::BTreeMap;

impl Solution {
    // The smallest card left must begin a straight. An ordered map of counts gives it; each
    // straight takes one of each of the next group_size values. O(n log n).
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        let size = group_size as i64;
        if hand.len() as i64 % size != 0 {
            return false;
        }
        let mut count: BTreeMap<i64, i64> = BTreeMap::new();
        for card in hand {
            *count.entry(i64::from(card)).or_insert(0) += 1;
        }
        while let Some((&low, &times)) = count.iter().next() {
            for value in low..low + size {
                match count.get_mut(&value) {
                    Some(c) if *c >= times => {
                        *c -= times;
                        if *c == 0 {
                            count.remove(&value);
                        }
                    }
                    _ => return false,
                }
            }
        }
        true
    }
}
