class Solution {
    // O(n^2) when warmer days are rare: on a run of days that never gets warmer, every day
    // scans to the end of the array (5 * 10^9 steps at n = 10^5).
    public int[] dailyTemperatures(int[] temperatures) {
        int n = temperatures.length;
        int[] answer = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (temperatures[j] > temperatures[i]) {
                    answer[i] = j - i;
                    break;
                }
            }
        }
        return answer;
    }
}
