class Solution {
public:
    // For each letter in turn, the longest window holding at most k other letters: those
    // are the ones to change. 26 linear passes.
    int characterReplacement(string s, int k) {
        int n = s.size(), best = 0;
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            int others = 0, left = 0;
            for (int right = 0; right < n; right++) {
                if (s[right] != letter) others++;
                while (others > k) {
                    if (s[left] != letter) others--;
                    left++;
                }
                best = max(best, right - left + 1);
            }
        }
        return best;
    }
};
