class Solution {
    public boolean isAnagram(String s, String t) {
        if (s.length() != t.length()) {
            return false;
        }
        // Counts by code point, so the Unicode follow-up holds too.
        Map<Integer, Integer> count = new HashMap<>();
        s.codePoints().forEach(c -> count.merge(c, 1, Integer::sum));
        for (int c : t.codePoints().toArray()) {
            int left = count.getOrDefault(c, 0) - 1;
            if (left < 0) {
                return false;
            }
            count.put(c, left);
        }
        return true;
    }
}
