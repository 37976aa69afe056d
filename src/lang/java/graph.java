// prep's Java runtime for graph Node signatures (PrepGraph.java in the build).
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;

final class PrepGraph {
    private PrepGraph() {}

    /** Adjacency lists, node i having value i + 1; the first node is passed. */
    static Node read() {
        int n = PrepRt.len();
        Node[] made = new Node[n];
        for (int i = 0; i < n; i++) {
            made[i] = new Node(i + 1);
            PrepRt.INPUTS.add(made[i]);
        }
        for (int i = 0; i < n; i++) {
            int m = PrepRt.len();
            for (int j = 0; j < m; j++) {
                made[i].neighbors.add(made[PrepRt.i32() - 1]);
            }
        }
        return n == 0 ? null : made[0];
    }

    static void write(StringBuilder o, Node start) {
        if (start == null) {
            o.append("[]");
            return;
        }
        IdentityHashMap<Node, Boolean> seen = new IdentityHashMap<Node, Boolean>();
        ArrayList<Node> order = new ArrayList<Node>();
        seen.put(start, Boolean.TRUE);
        order.add(start);
        for (int qi = 0; qi < order.size(); qi++) {
            List<Node> nbs = order.get(qi).neighbors;
            if (nbs == null) {
                continue;
            }
            for (Node nb : nbs) {
                if (nb != null && seen.put(nb, Boolean.TRUE) == null) {
                    order.add(nb);
                }
            }
        }
        order.sort(new Comparator<Node>() {
            @Override
            public int compare(Node a, Node b) {
                return Integer.compare(a.val, b.val);
            }
        });
        o.append('[');
        for (int i = 0; i < order.size(); i++) {
            Node node = order.get(i);
            if (PrepRt.INPUTS.contains(node)) {
                PrepRt.aliased = true;
            }
            if (i > 0) {
                o.append(',');
            }
            o.append('[');
            if (node.neighbors != null) {
                boolean first = true;
                for (Node nb : node.neighbors) {
                    if (!first) {
                        o.append(',');
                    }
                    first = false;
                    if (nb == null) {
                        o.append("null");
                    } else {
                        o.append(nb.val);
                    }
                }
            }
            o.append(']');
        }
        o.append(']');
    }
}
