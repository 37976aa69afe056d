// prep's Java runtime for random-pointer Node signatures (PrepRandom.java in the build).
import java.util.ArrayList;
import java.util.IdentityHashMap;

final class PrepRandom {
    private PrepRandom() {}

    /** Per node its value and the index of its random node (-1: none). */
    static Node read() {
        int n = PrepRt.len();
        Node[] made = new Node[n];
        int[] random = new int[n];
        for (int i = 0; i < n; i++) {
            made[i] = new Node(PrepRt.i32());
            random[i] = PrepRt.i32();
            PrepRt.INPUTS.add(made[i]);
        }
        for (int i = 0; i < n; i++) {
            if (i + 1 < n) {
                made[i].next = made[i + 1];
            }
            made[i].random = random[i] >= 0 ? made[random[i]] : null;
        }
        return n == 0 ? null : made[0];
    }

    static void write(StringBuilder o, Node head) {
        IdentityHashMap<Node, Integer> index = new IdentityHashMap<Node, Integer>();
        ArrayList<Node> nodes = new ArrayList<Node>();
        for (Node node = head; node != null; node = node.next) {
            if (index.put(node, nodes.size()) != null) {
                throw new PrepBadOutput("the returned list has a cycle");
            }
            nodes.add(node);
        }
        o.append('[');
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (PrepRt.INPUTS.contains(node)) {
                PrepRt.aliased = true;
            }
            if (i > 0) {
                o.append(',');
            }
            o.append('[').append(node.val).append(',');
            if (node.random == null) {
                o.append("null");
            } else {
                Integer r = index.get(node.random);
                if (r == null) {
                    throw new PrepBadOutput("a random pointer leaves the returned list");
                }
                o.append(r.intValue());
            }
            o.append(']');
        }
        o.append(']');
    }
}
