//! Undirected graphs of `Node`s as LeetCode writes them: adjacency lists where node `i` has
//! the value `i + 1`. `[]` is no node at all, `[[]]` one node without neighbours.

use serde_json::Value;

/// A decoded graph: `adjacency[i]` lists the 0-based ids of node `i`'s neighbours, in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Graph {
    pub adjacency: Vec<Vec<usize>>,
}

impl Graph {
    pub fn decode(value: &Value) -> Result<Graph, String> {
        let Value::Array(rows) = value else {
            return Err(format!(
                "expected a graph as adjacency lists, found {}",
                super::describe(value)
            ));
        };
        let n = rows.len();
        let mut adjacency = Vec::with_capacity(n);
        for (i, row) in rows.iter().enumerate() {
            let Value::Array(items) = row else {
                return Err(format!(
                    "node {}: expected an array of neighbour values",
                    i + 1
                ));
            };
            let mut neighbours = Vec::with_capacity(items.len());
            for item in items {
                let v = item
                    .as_u64()
                    .filter(|v| (1..=n as u64).contains(v))
                    .ok_or_else(|| {
                        format!(
                            "node {}: neighbour {item} is not a node value 1..{n}",
                            i + 1
                        )
                    })? as usize;
                if v == i + 1 {
                    return Err(format!("node {}: lists itself as a neighbour", i + 1));
                }
                neighbours.push(v - 1);
            }
            adjacency.push(neighbours);
        }
        for (i, neighbours) in adjacency.iter().enumerate() {
            for &j in neighbours {
                if !adjacency[j].contains(&i) {
                    return Err(format!(
                        "edge {} - {} is listed by node {} but not by node {}",
                        i + 1,
                        j + 1,
                        i + 1,
                        j + 1
                    ));
                }
            }
        }
        Ok(Graph { adjacency })
    }

    pub fn encode(&self) -> Value {
        Value::Array(
            self.adjacency
                .iter()
                .map(|row| Value::Array(row.iter().map(|&j| Value::from(j + 1)).collect()))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn square_round_trip() {
        let value = json!([[2, 4], [1, 3], [2, 4], [1, 3]]);
        let graph = Graph::decode(&value).unwrap();
        assert_eq!(graph.adjacency[0], vec![1, 3]);
        assert_eq!(graph.encode(), value);
    }

    #[test]
    fn empty_and_single() {
        assert_eq!(Graph::decode(&json!([])).unwrap().adjacency.len(), 0);
        assert_eq!(Graph::decode(&json!([[]])).unwrap().encode(), json!([[]]));
    }

    #[test]
    fn refuses_broken_graphs() {
        assert!(Graph::decode(&json!([[2], []]))
            .unwrap_err()
            .contains("not by node 2"));
        assert!(Graph::decode(&json!([[1]])).unwrap_err().contains("itself"));
        assert!(Graph::decode(&json!([[3], [1]]))
            .unwrap_err()
            .contains("not a node value"));
    }
}
