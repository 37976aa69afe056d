class Solution {
public:
    // Slide a window of s1's length over s2, keeping how many of the 26 letters have the
    // same count in the window as in s1; all 26 means a permutation.
    bool checkInclusion(string s1, string s2) {
        int m = s1.size(), n = s2.size();
        if (m > n) return false;
        array<int, 26> want{}, have{};
        for (char c : s1) want[c - 'a']++;
        for (int i = 0; i < m; i++) have[s2[i] - 'a']++;
        int same = 0;
        for (int c = 0; c < 26; c++) same += want[c] == have[c];
        for (int i = m;; i++) {
            if (same == 26) return true;
            if (i == n) return false;
            int in = s2[i] - 'a', out = s2[i - m] - 'a';
            same -= want[in] == have[in];
            have[in]++;
            same += want[in] == have[in];
            same -= want[out] == have[out];
            have[out]--;
            same += want[out] == have[out];
        }
    }
};
