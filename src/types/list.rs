//! Linked lists: `ListNode` as its values in order (`[]` for none), a cycle closed by a
//! harness-only index (`pos`), and random-pointer lists as `[[val, random_index or null]]`.

use serde_json::Value;

/// The values of a `ListNode` list.
pub fn values(value: &Value) -> Result<Vec<i64>, String> {
    let Value::Array(items) = value else {
        return Err(format!(
            "expected a linked list as an array of values, found {}",
            super::describe(value)
        ));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            item.as_i64()
                .filter(|v| i32::try_from(*v).is_ok())
                .ok_or_else(|| {
                    format!(
                        "list value at index {i}: expected an int, found {}",
                        super::describe(item)
                    )
                })
        })
        .collect()
}

/// Where a list's tail links back to: `pos` as LeetCode gives it (`-1` for no cycle).
pub fn cycle_target(len: usize, pos: i64) -> Result<Option<usize>, String> {
    match pos {
        -1 => Ok(None),
        p if p >= 0 && (p as usize) < len => Ok(Some(p as usize)),
        p => Err(format!(
            "cycle position {p} is outside the list (expected -1 or 0..{len})"
        )),
    }
}

/// A random-pointer list: each node's value and the index its `random` points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RandomList {
    pub nodes: Vec<(i64, Option<usize>)>,
}

impl RandomList {
    pub fn decode(value: &Value) -> Result<RandomList, String> {
        let Value::Array(items) = value else {
            return Err(format!(
                "expected a random-pointer list as [[val, random_index]], found {}",
                super::describe(value)
            ));
        };
        let len = items.len();
        let nodes = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let pair = item
                    .as_array()
                    .filter(|p| p.len() == 2)
                    .ok_or_else(|| format!("node {i}: expected [val, random_index or null]"))?;
                let val = pair[0]
                    .as_i64()
                    .ok_or_else(|| format!("node {i}: the value must be an integer"))?;
                let random = match &pair[1] {
                    Value::Null => None,
                    r => match r.as_u64() {
                        Some(j) if (j as usize) < len => Some(j as usize),
                        _ => {
                            return Err(format!(
                                "node {i}: random index must be null or 0..{len}, found {r}"
                            ))
                        }
                    },
                };
                Ok((val, random))
            })
            .collect::<Result<_, String>>()?;
        Ok(RandomList { nodes })
    }

    pub fn encode(&self) -> Value {
        Value::Array(
            self.nodes
                .iter()
                .map(|(val, random)| {
                    Value::Array(vec![
                        Value::from(*val),
                        random.map_or(Value::Null, Value::from),
                    ])
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_in_order() {
        assert_eq!(values(&json!([])).unwrap(), Vec::<i64>::new());
        assert_eq!(values(&json!([1, -2, 3])).unwrap(), vec![1, -2, 3]);
        assert!(values(&json!([1, null])).unwrap_err().contains("index 1"));
        assert!(values(&json!(null)).is_err());
    }

    #[test]
    fn cycles() {
        assert_eq!(cycle_target(4, -1).unwrap(), None);
        assert_eq!(cycle_target(4, 1).unwrap(), Some(1));
        assert_eq!(cycle_target(4, 3).unwrap(), Some(3));
        assert!(cycle_target(4, 4).is_err());
        assert!(cycle_target(0, 0).is_err());
        assert!(cycle_target(3, -2).is_err());
    }

    #[test]
    fn random_lists_round_trip() {
        let value = json!([[7, null], [13, 0], [11, 4], [10, 2], [1, 0]]);
        let list = RandomList::decode(&value).unwrap();
        assert_eq!(list.nodes[2], (11, Some(4)));
        assert_eq!(list.encode(), value);
        assert_eq!(RandomList::decode(&json!([])).unwrap().encode(), json!([]));
        assert!(RandomList::decode(&json!([[1, 5]])).is_err());
        assert!(RandomList::decode(&json!([[1]])).is_err());
    }
}
