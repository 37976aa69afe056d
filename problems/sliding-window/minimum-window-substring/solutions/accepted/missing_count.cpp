class Solution {
public:
    // owed[c] is how many more c the window needs (negative: spare ones). Grow the right
    // end; while nothing is owed, record the window and give up its left end.
    string minWindow(string s, string t) {
        array<int, 128> owed{};
        for (char c : t) owed[(unsigned char)c]++;
        int missing = t.size(), left = 0, bestStart = 0, bestLen = INT_MAX;
        for (int right = 0; right < (int)s.size(); right++) {
            if (owed[(unsigned char)s[right]]-- > 0) missing--;
            while (missing == 0) {
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                if (++owed[(unsigned char)s[left]] > 0) missing++;
                left++;
            }
        }
        return bestLen == INT_MAX ? "" : s.substr(bestStart, bestLen);
    }
};
