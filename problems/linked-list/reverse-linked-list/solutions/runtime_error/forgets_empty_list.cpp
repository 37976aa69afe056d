class Solution {
public:
    // Starts from head->next without checking for an empty list.
    ListNode* reverseList(ListNode* head) {
        ListNode* prev = head;
        ListNode* cur = head->next;
        prev->next = nullptr;
        while (cur) {
            ListNode* next = cur->next;
            cur->next = prev;
            prev = cur;
            cur = next;
        }
        return prev;
    }
};
