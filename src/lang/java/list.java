// prep's Java runtime for ListNode signatures (PrepList.java in the build).
final class PrepList {
    private PrepList() {}

    static ListNode read() {
        int n = PrepRt.len();
        ListNode dummy = new ListNode(0);
        ListNode tail = dummy;
        for (int i = 0; i < n; i++) {
            tail.next = new ListNode(PrepRt.i32());
            tail = tail.next;
        }
        return dummy.next;
    }

    /** Links the tail of `head` to its node at `pos` (-1: no cycle). */
    static void link(ListNode head, int pos) {
        if (head == null || pos < 0) {
            return;
        }
        ListNode target = null;
        ListNode tail = head;
        int i = 0;
        for (ListNode node = head; node != null; node = node.next) {
            if (i == pos) {
                target = node;
            }
            tail = node;
            i++;
        }
        tail.next = target;
    }

    static void write(StringBuilder o, ListNode head) {
        // Floyd's check first: a cyclic answer must not loop the writer.
        ListNode slow = head;
        ListNode fast = head;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) {
                throw new PrepBadOutput("the returned list has a cycle");
            }
        }
        o.append('[');
        for (ListNode node = head; node != null; node = node.next) {
            if (node != head) {
                o.append(',');
            }
            o.append(node.val);
        }
        o.append(']');
    }
}
