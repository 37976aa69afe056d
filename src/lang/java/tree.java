// prep's Java runtime for TreeNode signatures (PrepTree.java in the build).
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;

final class PrepTree {
    private PrepTree() {}

    /** A tree from its level order; `nodes` (if given) maps each value to its first node. */
    static TreeNode read(Map<Integer, TreeNode> nodes) {
        int n = PrepRt.len();
        Integer[] v = new Integer[n];
        for (int i = 0; i < n; i++) {
            v[i] = PrepRt.maybeInt();
        }
        if (n == 0 || v[0] == null) {
            return null;
        }
        ArrayList<TreeNode> made = new ArrayList<TreeNode>();
        TreeNode root = new TreeNode(v[0]);
        made.add(root);
        int qi = 0;
        int i = 1;
        while (i < n && qi < made.size()) {
            TreeNode parent = made.get(qi++);
            if (v[i] != null) {
                parent.left = new TreeNode(v[i]);
                made.add(parent.left);
            }
            i++;
            if (i < n && v[i] != null) {
                parent.right = new TreeNode(v[i]);
                made.add(parent.right);
            }
            i++;
        }
        if (nodes != null) {
            for (TreeNode node : made) {
                nodes.putIfAbsent(node.val, node);
            }
        }
        return root;
    }

    static void write(StringBuilder o, TreeNode root) {
        ArrayList<TreeNode> queue = new ArrayList<TreeNode>();
        IdentityHashMap<TreeNode, Boolean> seen = new IdentityHashMap<TreeNode, Boolean>();
        queue.add(root);
        int last = -1; // the index of the last non-null entry
        for (int qi = 0; qi < queue.size(); qi++) {
            TreeNode node = queue.get(qi);
            if (node == null) {
                continue;
            }
            if (seen.put(node, Boolean.TRUE) != null) {
                throw new PrepBadOutput("the returned tree has a cycle or a shared node");
            }
            last = qi;
            queue.add(node.left);
            queue.add(node.right);
        }
        o.append('[');
        for (int qi = 0; qi <= last; qi++) {
            if (qi > 0) {
                o.append(',');
            }
            TreeNode node = queue.get(qi);
            if (node == null) {
                o.append("null");
            } else {
                o.append(node.val);
            }
        }
        o.append(']');
    }
}
