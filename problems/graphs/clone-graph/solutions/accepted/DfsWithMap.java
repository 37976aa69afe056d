/*
// Definition for a Node.
class Node {
    public int val;
    public List<Node> neighbors;
    public Node() {
        val = 0;
        neighbors = new ArrayList<Node>();
    }
    public Node(int _val) {
        val = _val;
        neighbors = new ArrayList<Node>();
    }
    public Node(int _val, ArrayList<Node> _neighbors) {
        val = _val;
        neighbors = _neighbors;
    }
}
*/

class Solution {
    private final Map<Node, Node> copies = new HashMap<>();

    public Node cloneGraph(Node node) {
        if (node == null) {
            return null;
        }
        Node copy = copies.get(node);
        if (copy != null) {
            return copy;
        }
        copy = new Node(node.val);
        copies.put(node, copy);
        for (Node next : node.neighbors) {
            copy.neighbors.add(cloneGraph(next));
        }
        return copy;
    }
}
